import Testing

@Suite("spaCy fixtures")
struct FixtureLoadingTests {
    @Test("every fixture document's text is found and slices into its tokens")
    func fixturesLoad() throws {
        let seeds = try SpacyFixtures.documents(.seeds)
        #expect(seeds.count == 5)
        let first = try #require(seeds.first)
        // The first token of seed 000 as spaCy cut it.
        #expect(first.tokenTexts.first == "Russia")
        for document in try SpacyFixtures.allDocuments() {
            #expect(document.tokenTexts.count == document.tag.count, "\(document.name)")
        }
    }
}
