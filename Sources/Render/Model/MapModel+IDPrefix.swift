import ActorGraphCore

extension MapModel {
    /// The model with an id prefix derived from what it draws: `ag`, eight hex digits of the SHA-256 of its
    /// DOT text without a prefix, and `_` (`ag1f2e3d4c_`).
    ///
    /// The same map always gets the same prefix (output stays byte-identical), and two different maps inlined
    /// in one page get different ones, so their element ids never collide.
    public func withContentIDPrefix(theme: Theme = .standard) -> MapModel {
        var bare = self
        bare.idPrefix = ""
        let digest = SHA256.hex(of: Array(DOTWriter.write(bare, theme: theme).utf8))
        var copy = self
        copy.idPrefix = "ag" + digest.prefix(8) + "_"
        return copy
    }

    /// Checks a prefix given by a user: empty, or a letter followed by letters, digits, `_` and `-`, so that
    /// every id it starts is a valid XML name and HTML id and needs no escaping anywhere.
    public static func validate(idPrefix: String) throws(RenderError) {
        guard let first = idPrefix.unicodeScalars.first else { return }
        func isLetter(_ scalar: Unicode.Scalar) -> Bool {
            ("a"..."z").contains(scalar) || ("A"..."Z").contains(scalar)
        }
        let valid =
            isLetter(first)
            && idPrefix.unicodeScalars.allSatisfy { isLetter($0) || ("0"..."9").contains($0) || $0 == "_" || $0 == "-" }
        if !valid { throw .invalidIDPrefix(idPrefix) }
    }
}
