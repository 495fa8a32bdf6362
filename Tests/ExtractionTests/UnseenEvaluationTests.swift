import ActorGraphCore
import ActorGraphTestSupport
import Extraction
import Foundation
import Testing

/// Generalisation checks: articles the extractor was not written from.
///
/// Five articles of our own about other regions (annotated before tuning), and the development set the
/// extractor is tuned on, `../shared/dev/europe-americas`, when that folder is present (CI has it). The other
/// development set is the held-back check and is not scored here.
///
/// Floors are the measured values rounded down to two decimals: raise them as the extractor improves.
@Suite struct UnseenEvaluationTests {
    @Test("Unseen articles: entity, relation and edge F1 and relation precision stay above their floors")
    func unseenScores() throws {
        let report = try FixtureFiles.evaluate(
            try FixtureFiles.unseenArticles(), gold: try FixtureFiles.gold("unseen.json"))
        #expect(report.entityF1 >= 0.98)
        #expect(report.relationF1 >= 0.72)
        #expect(report.relations.precision >= 0.92)
        #expect(report.edgeF1 >= 0.76)
    }

    /// Eight articles a helper wrote and annotated blind (`Scripts/gazetteer/fresh`): Sudan, the Sahel, Haiti and
    /// Iran's programme (A); Armenia–Azerbaijan, North Korea–Russia, India–Pakistan and Ukraine diplomacy (B).
    @Test("Fresh articles: entity and relation F1 and relation precision stay above their floors")
    func freshScores() throws {
        let a = try FixtureFiles.evaluate(
            try FixtureFiles.articles(in: "fresh", prefixes: ["f1_", "f2_", "f3_", "f4_"]),
            gold: try FixtureFiles.gold("fresh_A.json"))
        // (Entities 0.97 → 0.95, precision 0.98 → 0.97 in the eighth session: "Russia's Defence Ministry" is now
        // the "Russian Ministry of Defence", where the gold's "Russian Ministry of Defense" matched the bare
        // "Defence Ministry" it was before, an alias every state's ministry shared.)
        #expect(a.entityF1 >= 0.95)
        #expect(a.relationF1 >= 0.83)
        #expect(a.relations.precision >= 0.97)
        let b = try FixtureFiles.evaluate(
            try FixtureFiles.articles(in: "fresh", prefixes: ["f5_", "f6_", "f7_", "f8_"]),
            gold: try FixtureFiles.gold("fresh_B.json"))
        #expect(b.entityF1 >= 0.90)
        #expect(b.relationF1 >= 0.68)
        #expect(b.relations.precision >= 0.91)
    }

    /// Eight more, written and annotated blind by two other helpers and scored before any tuning on them: Ethiopia and
    /// Eritrea, Venezuela, the South China Sea, Libya (C); Serbia and Hungary, Gaza, Afghanistan, Congo (D).
    @Test("Fresh articles, second set: entity and relation F1 and relation precision stay above their floors")
    func secondFreshScores() throws {
        let c = try FixtureFiles.evaluate(
            try FixtureFiles.articles(in: "fresh", prefixes: ["f9_", "f10_", "f11_", "f12_"]),
            gold: try FixtureFiles.gold("fresh_C.json"))
        #expect(c.entityF1 >= 0.96)
        #expect(c.relationF1 >= 0.82)
        #expect(c.relations.precision >= 0.96)
        let d = try FixtureFiles.evaluate(
            try FixtureFiles.articles(in: "fresh", prefixes: ["f13_", "f14_", "f15_", "f16_"]),
            gold: try FixtureFiles.gold("fresh_D.json"))
        #expect(d.entityF1 >= 0.94)
        #expect(d.relationF1 >= 0.77)
        #expect(d.relations.precision >= 0.96)
    }

    /// Twenty more from five other helpers, each set scored once before any change made from it (relation F1
    /// 0.636, 0.629, 0.718, 0.626, 0.729): Georgia, Colombia and the ELN, arms for Taiwan, Niger and Benin (E); the
    /// Camp David summit, Chad and France, Turkey and the PKK, Canada and India (F); Sri Lanka's debt, Cyprus,
    /// Greenland, ECOWAS and Niger (G); Iran and Saudi Arabia, Turkey between Russia and Ukraine, Ecuador's raid on
    /// Mexico's embassy, Bangladesh and India (H); the Senkakus, Zimbabwe's election, the SCO in Astana, the
    /// Poland–Belarus border (I).
    @Test("Fresh articles, sets E to I: entity and relation F1 and relation precision stay above their floors")
    func thirdFreshScores() throws {
        let floors: [(prefixes: [String], gold: String, entity: Double, relation: Double, precision: Double)] = [
            (["e1_", "e2_", "e3_", "e4_"], "fresh_E.json", 0.94, 0.73, 0.89),
            (["f17_", "f18_", "f19_", "f20_"], "fresh_F.json", 0.96, 0.76, 0.91),
            (["g1_", "g2_", "g3_", "g4_"], "fresh_G.json", 0.94, 0.82, 0.86),
            (["h1_", "h2_", "h3_", "h4_"], "fresh_H.json", 0.96, 0.64, 0.90),
            (["i1_", "i2_", "i3_", "i4_"], "fresh_I.json", 0.94, 0.78, 0.94),
        ]
        try expectFloors(floors)
    }

    /// Thirty-two more from eight more helpers, written in the sixth session.
    ///
    /// J, K and L were scored once before any change made from them (relation F1 0.636, 0.685, 0.654); M, N and O once after that session's other changes, as
    /// its held-out estimate (0.719, 0.641, 0.707): Myanmar and ASEAN, the Red Sea, Kosovo–Serbia, US bases in the
    /// Philippines (J); Cabo Delgado, Moldova, Essequibo, the Solomon Islands (K); Sweden's NATO accession,
    /// Western Sahara, AUKUS, Nicaragua (L); the Thailand–Cambodia ceasefire, Iraq's Development Road, Peru,
    /// Korea–Japan (M); Syria after Assad, Mali–Algeria, Cuba, Indonesia–Australia (N); Baltic cables, the GERD,
    /// the China–Central Asia summit, the Iran snapback (O); Caribbean boat strikes, Azerbaijan–Russia, the
    /// Saudi–Pakistan pact, the Aegean (P); US cartel designations, Bolivia, the Sahel leaving the ICC, Egypt–Israel
    /// gas (Q).
    @Test("Fresh articles, sets J to Q: entity and relation F1 and relation precision stay above their floors")
    func fourthFreshScores() throws {
        let floors: [(prefixes: [String], gold: String, entity: Double, relation: Double, precision: Double)] = [
            (Self.lettered("j"), "fresh_J.json", 0.98, 0.78, 0.92),
            (Self.lettered("k"), "fresh_K.json", 0.94, 0.73, 0.93),
            (Self.lettered("l"), "fresh_L.json", 0.93, 0.70, 0.91),
            (Self.lettered("m"), "fresh_M.json", 0.93, 0.77, 0.93),
            (Self.lettered("n"), "fresh_N.json", 0.94, 0.67, 0.87),
            (Self.lettered("o"), "fresh_O.json", 0.93, 0.78, 0.94),
            // Scored first near the session's end, as its last held-out estimate (0.735, 0.580).
            (Self.lettered("p"), "fresh_P.json", 0.92, 0.74, 0.90),
            (Self.lettered("q"), "fresh_Q.json", 0.92, 0.62, 0.96),
        ]
        try expectFloors(floors)
    }

    /// Twenty-four more from six more helpers, written in the eighth session and scored once, before any change
    /// made from them, as its held-out estimate (relation F1 0.548, 0.655, 0.644, 0.558, 0.714, 0.682; pooled
    /// 0.638): South Sudan's Machar, New Caledonia, the Pukpuk treaty, the Panama Canal (R); Colombia's deportation
    /// row, Brazil's tariffs, Chevron and El Salvador, Argentina's swaps (S); the Ankara Declaration, the Central
    /// African Republic, Burkina Faso and Russia, AUSSOM's funding (T); Armenia and the CSTO, Romania's annulled
    /// election, Serbia's protests, Kazakhstan's nuclear plant (U); India–China patrolling, the Maldives, the
    /// Pakistan–Afghanistan ceasefire, the Japan–Philippines RAA (V); the Israel–Iran war, Hezbollah's
    /// disarmament, the strike in Doha, the Saudi–Houthi talks (W).
    ///
    /// (Floors a little under the measured values where those are within 0.005 of a two-decimal step.)
    @Test("Fresh articles, sets R to W: entity and relation F1 and relation precision stay above their floors")
    func fifthFreshScores() throws {
        let floors: [(prefixes: [String], gold: String, entity: Double, relation: Double, precision: Double)] = [
            (Self.lettered("r"), "fresh_R.json", 0.89, 0.55, 0.85),
            (Self.lettered("s"), "fresh_S.json", 0.96, 0.67, 0.88),
            (Self.lettered("t"), "fresh_T.json", 0.89, 0.63, 0.81),
            (Self.lettered("u"), "fresh_U.json", 0.92, 0.65, 0.95),
            (Self.lettered("v"), "fresh_V.json", 0.91, 0.73, 0.84),
            (Self.lettered("w"), "fresh_W.json", 0.91, 0.69, 0.87),
        ]
        try expectFloors(floors)
    }

    /// Twenty-four more from six more helpers, written in the ninth session and scored once with its start build,
    /// before any change, as its held-out estimate (relation F1 0.600, 0.632, 0.717, 0.696, 0.746, 0.562; pooled
    /// 0.658): Hungary and Slovakia's vetoes and the gas transit, the RSF's parallel government, Bolivia's lithium,
    /// Tunisia and the EU (X); Indonesia in BRICS, South Korea's martial law, Nepal's protests, Putin in Mongolia
    /// (Y); Gabon's election, Madagascar's takeover, Cameroon's election, Guinea's referendum (Z); Honduras's
    /// extradition treaty, Ecuador's bases vote, Paraguay and Taiwan, the Dominican deportations (AA); the SDF's
    /// integration deal, the coalition's end in Iraq, Yemen's council and the STC, Jordan and Syria against
    /// Captagon (AB); Finland's border, Moldova's referendum, Poland and Ukraine, Estonia's church dispute (AC).
    ///
    /// (Floors a little under the measured values where those are within 0.005 of a two-decimal step.)
    @Test("Fresh articles, sets X to AC: entity and relation F1 and relation precision stay above their floors")
    func sixthFreshScores() throws {
        let floors: [(prefixes: [String], gold: String, entity: Double, relation: Double, precision: Double)] = [
            (Self.lettered("x"), "fresh_X.json", 0.91, 0.64, 0.79),
            (Self.lettered("y"), "fresh_Y.json", 0.92, 0.65, 0.97),
            (Self.lettered("z"), "fresh_Z.json", 0.97, 0.72, 0.88),
            (Self.lettered("aa"), "fresh_AA.json", 0.97, 0.71, 0.89),
            (Self.lettered("ab"), "fresh_AB.json", 0.94, 0.74, 0.91),
            (Self.lettered("ac"), "fresh_AC.json", 0.93, 0.67, 0.91),
        ]
        try expectFloors(floors)
    }

    @Test("Development set europe-americas: entity and relation F1 and relation precision above their floors")
    func developmentScores() throws {
        let folder = RepositoryFiles.root.deletingLastPathComponent().appendingPathComponent(
            "shared/dev/europe-americas")
        guard FileManager.default.fileExists(atPath: folder.appendingPathComponent("gold.json").path) else { return }
        let docs = folder.appendingPathComponent("docs")
        let names = try FileManager.default.contentsOfDirectory(atPath: docs.path).filter { $0.hasSuffix(".txt") }
        let articles = try names.sorted().map {
            ($0, try String(contentsOf: docs.appendingPathComponent($0), encoding: .utf8))
        }
        let report = try FixtureFiles.evaluate(
            articles, gold: try GoldStandard.load(path: folder.appendingPathComponent("gold.json").path))
        #expect(report.entityF1 >= 0.94)
        #expect(report.relationF1 >= 0.78)
        #expect(report.relations.precision >= 0.99)
    }

    /// The file prefixes of a set of four fresh articles named by its letter ("j1_" … "j4_").
    private static func lettered(_ letter: String) -> [String] { (1...4).map { "\(letter)\($0)_" } }

    /// Scores each set of fresh articles (the files with its prefixes) against its gold and checks its floors.
    private func expectFloors(
        _ floors: [(prefixes: [String], gold: String, entity: Double, relation: Double, precision: Double)]
    ) throws {
        for floor in floors {
            let report = try FixtureFiles.evaluate(
                try FixtureFiles.articles(in: "fresh", prefixes: floor.prefixes),
                gold: try FixtureFiles.gold(floor.gold))
            #expect(report.entityF1 >= floor.entity, "\(floor.gold)")
            #expect(report.relationF1 >= floor.relation, "\(floor.gold)")
            #expect(report.relations.precision >= floor.precision, "\(floor.gold)")
        }
    }
}
