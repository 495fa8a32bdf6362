import ActorGraphCore
import Testing

@testable import Render

@Suite struct LinkTemplateTests {
    @Test("Placeholders are filled and percent-encoded")
    func expands() throws {
        let template = try LinkTemplate("https://example.org/docs/{document}#{start}-{end}?q={name}")
        let evidence = Evidence(document: "000 a&b.txt", sentence: "x", start: 3, end: 9)
        #expect(
            template.url(sourceName: "Goïta", evidence: evidence)
                == "https://example.org/docs/000%20a%26b.txt#3-9?q=Go%C3%AFta")
    }

    @Test("A node gets no link from a template that needs evidence")
    func nodeWithoutEvidence() throws {
        #expect(try LinkTemplate("docs/{document}").url(forNodeNamed: "Mali") == nil)
        #expect(try LinkTemplate("search?q={name}").url(forNodeNamed: "Burkina Faso") == "search?q=Burkina%20Faso")
    }

    @Test("The hostile string is fully percent-encoded")
    func hostileValue() {
        #expect(
            LinkTemplate.percentEncode(SampleMaps.hostile)
                == "%3Cscript%3Ealert%281%29%3C%2Fscript%3E%20%26%20%22quoted%22%20%5CN%20%7Bbrace%7D%20Go%C3%AFta%20%27single%27"
        )
    }

    @Test(
        "Malformed templates are rejected",
        arguments: [
            ("https://x/{doc}", "unknown placeholder {doc}"),
            ("https://x/{document", "'{' is never closed"),
            ("https://x/}", "'}' without '{'"),
            ("javascript:alert(1)", "scheme 'javascript:' is not allowed"),
            ("data:text/html,{name}", "scheme 'data:' is not allowed"),
            (
                "https://x/\"onload",
                "spaces, quotes, backslashes, angle brackets and control characters must be percent-encoded"
            ),
        ])
    func rejects(template: String, reason: String) {
        #expect(throws: RenderError.invalidLinkTemplate(template: template, reason: reason)) {
            try LinkTemplate(template)
        }
    }

    @Test("Error description is one line naming the template and the fix")
    func description() {
        let error = RenderError.invalidLinkTemplate(template: "x/{doc}", reason: "unknown placeholder {doc}")
        #expect(
            error.description
                == "link template 'x/{doc}': unknown placeholder {doc}; use only {document} {start} {end} {name} in an http(s) or relative URL"
        )
    }

    @Test(
        "Encoded schemes are decoded before the check and refused",
        arguments: [
            ("javascript&#58;alert(1)", "scheme 'javascript:' is not allowed"),
            ("javascript&#x3A;alert(1)", "scheme 'javascript:' is not allowed"),
            ("javascript&#0000058alert(1)", "scheme 'javascript:' is not allowed"),
            ("data&#58;text/html,{name}", "scheme 'data:' is not allowed"),
            ("&#106;avascript:alert(1)", "scheme 'javascript:' is not allowed"),
            ("&#x6A;avascript:alert(1)", "scheme 'javascript:' is not allowed"),
            ("&#0000106avascript:alert(1)", "scheme 'javascript:' is not allowed"),
            ("javascript&colon;alert(1)", "scheme 'javascript:' is not allowed"),
            ("JaVaScRiPt:alert(1)", "scheme 'javascript:' is not allowed"),
            ("vbscript:msgbox(1)", "scheme 'vbscript:' is not allowed"),
            ("file:///etc/passwd", "scheme 'file:' is not allowed"),
            ("jav&Tab;ascript:alert(1)", "it decodes to U+0009, which a URL may not hold unencoded"),
            ("jav&#x09;ascript:alert(1)", "it decodes to U+0009, which a URL may not hold unencoded"),
            ("&NewLine;javascript:alert(1)", "it decodes to U+000A, which a URL may not hold unencoded"),
            ("https://x/&#34;onmouseover=alert(1)", "it decodes to U+0022, which a URL may not hold unencoded"),
            ("https://x/&#x3C;script&#x3E;", "it decodes to U+003C, which a URL may not hold unencoded"),
            ("java&shy;script:alert(1)", "the character reference '&shy;' cannot be checked"),
            (
                "{name}:alert(1)",
                "a placeholder stands where the URL's scheme is; start the template with https:// or /"
            ),
            (
                "{document}&#58;x",
                "a placeholder stands where the URL's scheme is; start the template with https:// or /"
            ),
        ])
    func rejectsEncodedSchemes(template: String, reason: String) {
        #expect(throws: RenderError.invalidLinkTemplate(template: template, reason: reason)) {
            try LinkTemplate(template)
        }
    }

    @Test("Safe templates pass; '&' is written '&amp;' so the browser sees exactly the checked URL")
    func acceptsSafeTemplates() throws {
        let query = try LinkTemplate("https://example.org/?doc={document}&start={start}")
        let evidence = Evidence(document: "a.txt", sentence: "x", start: 3, end: 9)
        #expect(query.url(sourceName: "Mali", evidence: evidence) == "https://example.org/?doc=a.txt&amp;start=3")
        #expect(try LinkTemplate("HTTPS://X/{name}").url(forNodeNamed: "Mali") == "HTTPS://X/Mali")
        #expect(try LinkTemplate("//cdn.example.org/{name}").url(forNodeNamed: "Mali") == "//cdn.example.org/Mali")
        #expect(try LinkTemplate("docs/{name}#top").url(forNodeNamed: "Mali") == "docs/Mali#top")
        // A colon after the path is no scheme; decoded references are emitted decoded.
        #expect(try LinkTemplate("https://x/a&#58;b/{name}").url(forNodeNamed: "Mali") == "https://x/a:b/Mali")
        // Decoded once, as a browser does: "&amp;colon;" stays text, and its "&" is escaped again.
        #expect(
            try LinkTemplate("javascript&amp;colon;{name}").url(forNodeNamed: "Mali") == "javascript&amp;colon;Mali")
    }

    @Test("An actor named like a scheme cannot make one: values are percent-encoded, and every URL is checked")
    func valuesCannotMakeSchemes() throws {
        let template = try LinkTemplate("search/{name}")
        #expect(template.url(forNodeNamed: "javascript:alert(1)") == "search/javascript%3Aalert%281%29")
        #expect(URLSafety.check("javascript:alert(1)") == .failure(.scheme("javascript")))
        // '%' cannot be in a scheme: browsers read this as a relative path, and so does the check.
        #expect(URLSafety.check("java%0Ascript:alert(1)") == .success("java%0Ascript:alert(1)"))
    }
}
