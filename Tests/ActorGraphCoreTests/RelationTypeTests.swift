import Testing

@testable import ActorGraphCore

@Suite struct RelationTypeTests {
    @Test("The schema's ten relation types with their polarities")
    func polarities() {
        let expected: [RelationType: Polarity] = [
            .leads: .structural, .officialOf: .structural, .memberOf: .structural, .partyTo: .structural,
            .succeededBy: .structural, .supports: .cooperation, .cooperatesWith: .cooperation,
            .deployedIn: .neutral, .opposes: .conflict, .withdrewFrom: .conflict,
        ]
        #expect(RelationType.allCases.count == 10)
        for type in RelationType.allCases {
            #expect(type.polarity == expected[type])
        }
        #expect(RelationType.allCases.filter(\.isSymmetric) == [.cooperatesWith])
        #expect(RelationType(rawValue: "official_of") == .officialOf)
    }

    @Test("Symmetric relations are stored with ends in alphabetical order")
    func normalisation() {
        let r = Relation(source: "Russia", type: .cooperatesWith, target: "Mali").normalised()
        #expect(r.source == "Mali" && r.target == "Russia")
        let d = Relation(source: "Russia", type: .supports, target: "Mali").normalised()
        #expect(d.source == "Russia" && d.target == "Mali")
    }

    @Test("Weight counts distinct sentences")
    func weight() {
        let e1 = Evidence(document: "a.txt", sentence: "x", start: 0, end: 1)
        let e2 = Evidence(document: "b.txt", sentence: "x", start: 0, end: 1)
        let r = Relation(source: "A", type: .supports, target: "B", evidence: [e1, e1, e2])
        #expect(r.weight == 2)
    }
}

@Suite struct NameKeyTests {
    @Test("Folding ignores case, accents and curly apostrophes")
    func folding() {
        #expect(NameKey.fold("Assimi Goïta") == "assimi goita")
        #expect(NameKey.fold("Côte d\u{2019}Ivoire") == "cote d'ivoire")
        #expect(NameKey.fold("  Burkina   Faso ") == "burkina faso")
        #expect(NameKey.fold("Liptako-Gourma") == "liptako gourma")
    }

    @Test("The ASCII fast path folds exactly as the Unicode path does")
    func asciiFastPathAgrees() throws {
        var state: UInt64 = 7
        let alphabet = Array("aZ- \t\n`'.Mq9-- x")
        for _ in 0..<2_000 {
            var text = ""
            for _ in 0..<Int(state % 12) {
                state = state &* 6364136223846793005 &+ 1442695040888963407
                text.append(alphabet[Int((state >> 33) % UInt64(alphabet.count))])
            }
            state = state &* 6364136223846793005 &+ 1442695040888963407
            #expect(try #require(NameKey.foldASCII(text)) == NameKey.foldUnicode(text), "\(text.debugDescription)")
        }
        #expect(NameKey.foldASCII("Goïta") == nil)
    }

    @Test("Suggestions rank prefix matches before edit distance")
    func suggestions() {
        let names = ["Russia", "Rwanda", "Mali", "Assimi Goïta", "US"]
        // "rusia" is 1 edit from Russia, 3 from US, 4 from both Mali and Rwanda: ties go alphabetically.
        #expect(NameKey.closest(to: "Rusia", among: names, limit: 4) == ["Russia", "US", "Mali", "Rwanda"])
        #expect(NameKey.closest(to: "goita", among: names, limit: 1) == ["Assimi Goïta"])
        #expect(NameKey.closest(to: "Russian Federation", among: names, limit: 1) == ["Russia"])
        #expect(NameKey.editDistance("kitten", "sitting") == 3)
    }

    @Test("Suggestions through aliases name each canonical actor once")
    func aliasSuggestions() {
        let pairs = [
            (surface: "Russia", canonical: "Russia"), (surface: "Russian", canonical: "Russia"),
            (surface: "US", canonical: "United States"), (surface: "Mali", canonical: "Mali"),
        ]
        #expect(NameKey.closest(to: "Rusia", among: pairs, limit: 2) == ["Russia", "United States"])
    }
}
