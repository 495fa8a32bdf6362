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
}
