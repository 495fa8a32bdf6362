import ActorGraphCore

extension Evidence {
    /// How a map's tooltip names the sentence's document: `Title — Outlet, 2024-03-01` when more than its id
    /// is known, else the id (escaped by the DOT writer like every other tooltip text).
    var mapCitation: String {
        guard let source, source.hasMetadata else { return document }
        return source.citation
    }

    /// The article's own address as the link of an edge drawn without a link template: only an absolute
    /// `http` or `https` URL that passes ``URLSafety`` (decoded character references included), as written
    /// into the map; nil otherwise.
    var articleLink: String? {
        guard let url = source?.url, case .success(let emitted) = URLSafety.check(url),
            let scheme = URLSafety.scheme(of: Array(url.unicodeScalars)), scheme == "http" || scheme == "https"
        else { return nil }
        return emitted
    }
}
