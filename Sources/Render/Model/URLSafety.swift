/// Checks a link as a browser will read it, after character references are decoded.
///
/// Graphviz copies a URL into the SVG's `href` leaving anything that looks like a character reference
/// alone (`xml_url_string`), so `javascript&#58;alert(1)` reached the browser as `javascript:alert(1)` and
/// `javascript&colon;…` made the SVG invalid XML. Here the URL is decoded first (numeric references with
/// or without `;`, and every named reference that stands for an ASCII character), then checked: no control,
/// space, quote, angle bracket, backslash or backtick may remain (a browser drops tabs and newlines inside
/// a scheme), a named reference that cannot be decoded here is refused, and the scheme, if any, must be
/// http or https. What is emitted is the decoded URL with each `&` written `&amp;`, so the browser sees
/// exactly the URL that was checked.
enum URLSafety {
    /// Why a URL is refused.
    enum Refusal: Error, Equatable, Sendable {
        case scheme(String)
        case unsafeCharacter(Unicode.Scalar)
        case unknownReference(String)

        var reason: String {
            switch self {
            case .scheme(let scheme): "scheme '\(scheme):' is not allowed"
            case .unsafeCharacter(let scalar):
                "it decodes to \(Self.name(of: scalar)), which a URL may not hold unencoded"
            case .unknownReference(let reference): "the character reference '\(reference)' cannot be checked"
            }
        }

        private static func name(of scalar: Unicode.Scalar) -> String {
            let hex = String(scalar.value, radix: 16, uppercase: true)
            return "U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
        }
    }

    /// The URL to emit (decoded, `&` as `&amp;`), or why it is refused.
    static func check(_ url: String) -> Result<String, Refusal> {
        let decoded: [Unicode.Scalar]
        switch decode(Array(url.unicodeScalars)) {
        case .success(let scalars): decoded = scalars
        case .failure(let refusal): return .failure(refusal)
        }
        let unsafe: Set<Unicode.Scalar> = [" ", "\"", "'", "<", ">", "\\", "`"]
        if let bad = decoded.first(where: { $0.value < 0x20 || (0x7F...0x9F).contains($0.value) || unsafe.contains($0) }
        ) {
            return .failure(.unsafeCharacter(bad))
        }
        if let scheme = scheme(of: decoded), scheme != "http" && scheme != "https" {
            return .failure(.scheme(scheme))
        }
        var emitted = ""
        for scalar in decoded {
            if scalar == "&" { emitted += "&amp;" } else { emitted.unicodeScalars.append(scalar) }
        }
        return .success(emitted)
    }

    /// The lower-cased scheme: `[A-Za-z][A-Za-z0-9+.-]*` before the first `:`, when nothing else comes first.
    static func scheme(of scalars: [Unicode.Scalar]) -> String? {
        guard let colon = scalars.firstIndex(of: ":"), colon > 0, isLetter(scalars[0]) else { return nil }
        let head = scalars[..<colon]
        guard head.allSatisfy({ isLetter($0) || ("0"..."9").contains($0) || "+.-".unicodeScalars.contains($0) })
        else { return nil }
        return String(String.UnicodeScalarView(head)).lowercased()
    }

    private static func isLetter(_ scalar: Unicode.Scalar) -> Bool {
        ("a"..."z").contains(scalar) || ("A"..."Z").contains(scalar)
    }

    /// Decodes character references once, as an HTML or XML parser does in an attribute value.
    static func decode(_ scalars: [Unicode.Scalar]) -> Result<[Unicode.Scalar], Refusal> {
        var out: [Unicode.Scalar] = []
        var i = 0
        while i < scalars.count {
            guard scalars[i] == "&", i + 1 < scalars.count else {
                out.append(scalars[i])
                i += 1
                continue
            }
            if scalars[i + 1] == "#" {
                // Numeric: &#106; &#x6A; &#0000106 (the semicolon is optional in HTML).
                var j = i + 2
                let hex = j < scalars.count && (scalars[j] == "x" || scalars[j] == "X")
                if hex { j += 1 }
                let start = j
                while j < scalars.count && isDigit(scalars[j], hex: hex) { j += 1 }
                let digits = String(String.UnicodeScalarView(scalars[start..<j]))
                guard !digits.isEmpty else {
                    return .failure(.unknownReference(String(String.UnicodeScalarView(scalars[i..<j]))))
                }
                let value = UInt32(digits.suffix(8), radix: hex ? 16 : 10) ?? 0xFFFD
                out.append(Unicode.Scalar(value) ?? "\u{FFFD}")
                if j < scalars.count && scalars[j] == ";" { j += 1 }
                i = j
                continue
            }
            // Named: only a run of letters and digits closed by ';' is a reference a parser acts on here.
            var j = i + 1
            while j < scalars.count && (isLetter(scalars[j]) || ("0"..."9").contains(scalars[j])) { j += 1 }
            guard j > i + 1, j < scalars.count, scalars[j] == ";" else {
                out.append("&")
                i += 1
                continue
            }
            let name = String(String.UnicodeScalarView(scalars[(i + 1)..<j]))
            guard let scalar = namedReferences[name] else {
                return .failure(.unknownReference("&\(name);"))
            }
            out.append(scalar)
            i = j + 1
        }
        return .success(out)
    }

    private static func isDigit(_ scalar: Unicode.Scalar, hex: Bool) -> Bool {
        ("0"..."9").contains(scalar) || (hex && (("a"..."f").contains(scalar) || ("A"..."F").contains(scalar)))
    }

    /// HTML's named references for ASCII characters (the WHATWG list), plus XML's five.
    static let namedReferences: [String: Unicode.Scalar] = [
        "Tab": "\t", "NewLine": "\n", "excl": "!", "quot": "\"", "QUOT": "\"", "num": "#", "dollar": "$",
        "percnt": "%", "amp": "&", "AMP": "&", "apos": "'", "lpar": "(", "rpar": ")", "ast": "*", "midast": "*",
        "plus": "+", "comma": ",", "period": ".", "sol": "/", "colon": ":", "semi": ";", "lt": "<", "LT": "<",
        "equals": "=", "gt": ">", "GT": ">", "quest": "?", "commat": "@", "lsqb": "[", "lbrack": "[", "bsol": "\\",
        "rsqb": "]", "rbrack": "]", "Hat": "^", "lowbar": "_", "UnderBar": "_", "grave": "`", "DiacriticalGrave": "`",
        "lcub": "{", "lbrace": "{", "verbar": "|", "vert": "|", "VerticalLine": "|", "rcub": "}", "rbrace": "}",
        "nbsp": "\u{A0}", "NonBreakingSpace": "\u{A0}",
    ]
}
