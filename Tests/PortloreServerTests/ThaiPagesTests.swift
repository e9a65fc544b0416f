import FoundationEssentials
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import PortRegistry
import PortReport
import Testing
@testable import PortloreServer

/// The catalog of interface text and the Thai pages built from it.
// Serialized: each case renders whole pages in a debug build, and the host-mode suites
// beside it answer from the same two-thread concurrency pool within a 10 s limit.
@Suite(.serialized)
struct ThaiPagesTests {
    @Test func everyCatalogPhraseHasBothLanguages() {
        #expect(Catalog.groups.count >= 14)
        for (name, phrases) in Catalog.groups {
            #expect(!phrases.isEmpty, "\(name) is empty")
            for phrase in phrases {
                #expect(!phrase.english.trimmingWhitespace.isEmpty, "\(name): a phrase has no English")
                #expect(!phrase.thai.trimmingWhitespace.isEmpty, "\(name): '\(phrase.english)' has no Thai")
                #expect(SitePage.containsThai(phrase.thai), "\(name): the Thai of '\(phrase.english)' has no Thai script: '\(phrase.thai)'")
                #expect(phrase.english != phrase.thai, "\(name): '\(phrase.english)' is not translated")
                // A slot in one language must be in the other, or a value goes missing.
                #expect(slots(phrase.english) == slots(phrase.thai), "\(name): '\(phrase.english)' and its Thai have different slots")
            }
        }
    }

    private func slots(_ text: String) -> Set<String> {
        Set(SitePage.between("{", "}", in: text))
    }

    @Test(arguments: [
        (nil as String?, Language.english), ("th", .thai), ("th-TH,th;q=0.9,en;q=0.8", .thai), ("en-US,en;q=0.9,th;q=0.8", .english),
        ("en;q=0.4, th;q=0.8", .thai), ("th;q=0, en", .english), ("fr-FR, de;q=0.9", .english), ("fr, th;q=0.5", .thai),
        ("*", .english), ("TH", .thai), ("th;q=abc, en;q=0.1", .english), ("", .english),
    ])
    func acceptLanguageChoosesByQuality(_ header: String?, _ expected: Language) {
        #expect(Language.preferred(acceptLanguage: header) == expected)
    }

    @Test func homeFollowsAcceptLanguageWithVary() async throws {
        let thai = try await SitePage.get("/", headers: [.accept: "text/html", .acceptLanguage: "th-TH,th;q=0.9,en;q=0.5"])
        #expect(thai.status == .ok)
        #expect(thai.headers[.vary]?.contains("Accept-Language") == true)
        #expect(thai.headers[.contentLanguage] == "th")
        #expect(thai.body.contains("<html lang=\"th\">"))
        #expect(SitePage.attribute("href", ofTagWith: "rel=\"canonical\"", in: thai.body) == "/th/")
        // The switch back to English must not be `/`, which would send this reader to Thai again.
        #expect(SitePage.attribute("href", ofTagWith: "hreflang=\"en\" lang=\"en\"", in: thai.body) == "/?lang=en")

        let english = try await SitePage.get("/", headers: [.accept: "text/html", .acceptLanguage: "en-GB,en;q=0.9,th;q=0.3"])
        #expect(english.headers[.vary]?.contains("Accept-Language") == true)
        #expect(english.body.contains("<html lang=\"en\">"))
        #expect(SitePage.attribute("href", ofTagWith: "rel=\"canonical\"", in: english.body) == "/")

        let chosen = try await SitePage.get("/?lang=en", headers: [.accept: "text/html", .acceptLanguage: "th"])
        #expect(chosen.body.contains("<html lang=\"en\">"))
        let thaiHome = try await SitePage.get("/th", headers: [.accept: "text/html"])
        #expect(thaiHome.body.contains("<html lang=\"th\">"))
    }

    /// Each page type in both languages: the right `lang`, the pair linked by hreflang, a
    /// canonical link to itself, a language switch to the other, and Thai text in Thai pages.
    @Test(arguments: ["/", "/ports/1302", "/ports/1302/udp", "/ports/8000-8010", "/services/mysql", "/search?q=remote+desktop", "/search"])
    func everyPageTypeInBothLanguages(_ path: String) async throws {
        let thaiPath = path == "/" ? "/th/" : "/th" + path
        let english = try await SitePage.get(path)
        let thai = try await SitePage.get(thaiPath)
        #expect(english.status == .ok && thai.status == .ok, "\(path)")
        #expect(english.body.contains("<html lang=\"en\">"))
        #expect(thai.body.contains("<html lang=\"th\">"), "\(thaiPath)")
        #expect(thai.headers[.contentLanguage] == "th")
        let canonicalPath = path.replacing("remote+desktop", with: "remote%20desktop")
        let thaiCanonical = thaiPath.replacing("remote+desktop", with: "remote%20desktop")
        for page in [english.body, thai.body] {
            #expect(SitePage.attribute("href", ofTagWith: "hreflang=\"en\" href", in: page) == canonicalPath, "\(path)")
            #expect(SitePage.attribute("href", ofTagWith: "hreflang=\"th\" href", in: page) == thaiCanonical, "\(path)")
            #expect(SitePage.attribute("href", ofTagWith: "hreflang=\"x-default\"", in: page) == canonicalPath, "\(path)")
            #expect(SitePage.attribute("content", ofTagWith: "name=\"description\"", in: page)?.isEmpty == false)
        }
        #expect(SitePage.attribute("href", ofTagWith: "rel=\"canonical\"", in: english.body) == canonicalPath)
        #expect(SitePage.attribute("href", ofTagWith: "rel=\"canonical\"", in: thai.body) == thaiCanonical)
        // The switch links the pair.
        let toThai = SitePage.attribute("href", ofTagWith: "class=\"language\" href", in: english.body)
        #expect(toThai == thaiCanonical, "\(path)")
        let thaiDescription = SitePage.attribute("content", ofTagWith: "name=\"description\"", in: thai.body) ?? ""
        #expect(SitePage.containsThai(thaiDescription), "\(thaiPath): the meta description is not Thai")
        #expect(thaiDescription != SitePage.attribute("content", ofTagWith: "name=\"description\"", in: english.body))
        #expect(SitePage.containsThai(SitePage.between("<h1>", "</h1>", in: thai.body).first ?? ""), "\(thaiPath): the heading is not Thai")
        // Thai pages link within Thai (the language switch and the alternates are outside <main>).
        #expect(SitePage.between("<main>", "</main>", in: thai.body).first?.contains("href=\"/ports/") == false, "\(thaiPath) links to an English port page")
    }

    @Test func thaiErrorPages() async throws {
        let missing = try await SitePage.get("/th/no/such/page")
        #expect(missing.status == .notFound)
        #expect(missing.body.contains("<html lang=\"th\">"))
        #expect(missing.body.contains("ไม่พบหน้านี้"))
        #expect(missing.body.contains("noindex"))
        let bad = try await SitePage.get("/th/ports/70000")
        #expect(bad.status == .badRequest)
        #expect(bad.body.contains("<html lang=\"th\">"))
        #expect(bad.body.contains("65535"))
        let english = try await SitePage.get("/ports/70000")
        #expect(english.body.contains("<html lang=\"en\">"))
        #expect(english.body.contains("400 Bad Request"))
    }

    @Test func thaiSearchRedirectsStayInThai() async throws {
        let port = try await SitePage.get("/th/search?q=1302")
        #expect(port.status == .seeOther)
        #expect(port.headers[.location] == "/th/ports/1302")
        let service = try await SitePage.get("/th/ports/mysql")
        #expect(service.headers[.location] == "/th/services/mysql")
    }

    /// Thai pages carry no untranslated English: once code, commands and every data value the
    /// page inserted (the records of each port it links to, known uses, the query) are taken
    /// out, no run of three or more Latin words is left.
    @Test(arguments: [
        "/th/ports/1302",  // de-assigned
        "/th/ports/1302/udp",
        "/th/ports/443",  // assigned, with references
        "/th/ports/1023",  // reserved
        "/th/ports/13020",  // unassigned
        "/th/ports/50000",  // dynamic
        "/th/ports/22",  // assigned, with known uses
        "/th/ports/8000-8010",
        "/th/search?q=remote+desktop",
        "/th/services/mysql",
        "/th/", "/th/search", "/th/no/such/page", "/th/ports/70000",
    ])
    func thaiPagesHaveNoEnglishSentences(_ uri: String) async throws {
        let fetched = try await SitePage.get(uri)
        #expect(SitePage.containsThai(fetched.body))
        let body = fetched.body
        let runs = await SitePage.offPool { Self.englishRuns(in: body, data: Self.insertedData(body, query: "remote desktop")) }
        #expect(runs.isEmpty, "\(uri): untranslated English: \(runs)")
    }

    /// The check must be able to fail: an English sentence in a Thai page is found.
    @Test func theEnglishCheckFindsEnglish() async throws {
        let fetched = try await SitePage.get("/th/ports/1302")
        let spoiled = fetched.body.replacing("</main>", with: "<p>ทดสอบ What port this is, really</p></main>")
        let runs = await SitePage.offPool { Self.englishRuns(in: spoiled, data: Self.insertedData(spoiled, query: "")) }
        #expect(runs == ["What port this is, really"])
    }

    /// The data values a page may show as IANA (or a known-uses source) wrote them: every field
    /// of every version covering a port the page links to, the known uses of those ports, the
    /// search hits of the query, and the query itself.
    static func insertedData(_ page: String, query: String) -> [String] {
        var ports = Set<Int>()
        for href in SitePage.between("href=\"/th/ports/", "\"", in: page) {
            let number = href.prefix { $0.isNumber }
            if let port = Int(number), port <= 65535 { ports.insert(port) }
            // A range link covers every port in it.
            let parts = href.split(separator: "-").compactMap { Int($0.prefix { $0.isNumber }) }
            if parts.count == 2, parts[0] <= parts[1], parts[1] - parts[0] <= 1024 {
                for port in parts[0]...parts[1] { ports.insert(port) }
            }
        }
        let registry = Fixtures.registry
        var records: [RegistryRecord] = []
        for port in ports {
            records += registry.history(covering: Port(rawValue: UInt16(port)), transport: nil)
        }
        if !query.isEmpty {
            records += registry.search(query, limit: 100).map(\.record)
        }
        var values: [String] = [query]
        for record in records {
            values += [record.serviceName, record.description, record.assignee, record.contact, record.note, record.unauthorized] + record.references
            values += record.references.map { ReferenceLink($0).title }
        }
        let reporter = PortReporter(registry: registry, snapshot: nil)
        for port in ports {
            if case .port(let portrait)? = try? reporter.answer(.port(Port(rawValue: UInt16(port)), nil)) {
                for use in portrait.knownUses { values += [use.software, use.source] }
            }
        }
        return Set(values.map(collapse).filter { $0.count >= 2 }).sorted { $0.count > $1.count }
    }

    static func collapse(_ text: String) -> String {
        text.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "\t" }).joined(separator: " ")
    }

    /// Runs of three or more Latin words inside one text node of the page, outside code, commands
    /// and structured data, once every data value in the node is taken out.
    static func englishRuns(in page: String, data: [String]) -> [String] {
        // The page's title, then its body.
        let title = SitePage.between("<title>", "</title>", in: page).first ?? ""
        let body = page.firstRange(of: "</head>").map { String(page[$0.upperBound...]) } ?? page
        var text = "<title>\(title)</title>" + body
        for (open, close) in [("<script", "</script>"), ("<pre>", "</pre>"), ("<code>", "</code>")] {
            text = SitePage.removing(open, close, from: text)
        }
        // Each tag ends a run: words in two elements are not one sentence.
        var nodes: [String] = []
        var current = ""
        var inTag = false
        for character in text {
            if character == "<" { inTag = true; nodes.append(current); current = ""; continue }
            if character == ">" { inTag = false; continue }
            if !inTag { current.append(character) }
        }
        nodes.append(current)
        var runs: [String] = []
        for node in nodes where node.contains(where: { $0.isASCII && $0.isLetter }) {
            var decoded = node
            for (entity, character) in [("&lt;", "<"), ("&gt;", ">"), ("&quot;", "\""), ("&#39;", "'"), ("&amp;", "&")] {
                decoded = decoded.replacing(entity, with: character)
            }
            decoded = collapse(decoded)
            for value in data where decoded.contains(value) {
                decoded = removingWord(value, from: decoded)
            }
            runs += latinRuns(decoded)
        }
        return runs
    }

    /// `text` with each occurrence of `value` that is not part of a longer word replaced by a
    /// mark that ends any run.
    static func removingWord(_ value: String, from text: String) -> String {
        var result = ""
        var rest = text[...]
        while let found = rest.firstRange(of: value) {
            let before = found.lowerBound > rest.startIndex ? rest[rest.index(before: found.lowerBound)] : nil
            let after = found.upperBound < rest.endIndex ? rest[found.upperBound] : nil
            let bounded = !(before.map { $0.isASCII && $0.isLetter } ?? false) && !(after.map { $0.isASCII && $0.isLetter } ?? false)
            result += rest[..<found.lowerBound]
            result += bounded ? "\u{1}" : String(rest[found])
            rest = rest[found.upperBound...]
        }
        return result + rest
    }

    /// Word tokens are runs of letters, digits and `'-_./`; a Latin word has two or more ASCII
    /// letters and no digit. Spaces and light punctuation join words into a run; anything else
    /// (Thai, a number, a symbol) ends it.
    static func latinRuns(_ text: String) -> [String] {
        let joiners: Set<Character> = [" ", ",", ";", ":", "(", ")", "“", "”", "\"", "·", "–", "—", "?", "!"]
        var runs: [String] = []
        var words: [String] = []
        var separators: [String] = []
        var token = ""
        var gap = ""
        func isWordCharacter(_ c: Character) -> Bool {
            c.isASCII && (c.isLetter || c.isNumber || "'-_./".contains(c))
        }
        func endRun() {
            if words.count >= 3 {
                var run = words[0]
                for index in 1..<words.count { run += separators[index - 1] + words[index] }
                runs.append(run)
            }
            words = []
            separators = []
        }
        func endToken() {
            guard !token.isEmpty else { return }
            let trimmed = String(token.reversed().drop { $0 == "." }.reversed())
            let letters = trimmed.filter { $0.isASCII && $0.isLetter }.count
            if letters >= 2 && !trimmed.contains(where: \.isNumber) {
                if !words.isEmpty { separators.append(gap) }
                words.append(trimmed)
            } else {
                endRun()
            }
            token = ""
            gap = ""
        }
        for character in text {
            if isWordCharacter(character) {
                if token.isEmpty && !words.isEmpty && gap.isEmpty { endRun() }
                token.append(character)
            } else {
                endToken()
                if joiners.contains(character) {
                    if !words.isEmpty { gap.append(character) }
                } else {
                    endRun()
                    gap = ""
                }
            }
        }
        endToken()
        endRun()
        return runs
    }
}
