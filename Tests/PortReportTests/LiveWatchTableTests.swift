import HostInventory
import PortRegistry
@testable import PortReport
import Testing

/// `watch`'s live table as a pure function of events: what each frame shows.
struct LiveWatchTableTests {
    let renderer = TextRenderer(style: .plain, registryDate: "2026-11-30", registrySource: "test")

    static func event(_ change: WatchEvent.Change, port: UInt16, inode: UInt64, name: String = "python3") -> WatchEvent {
        var listener = Fixture.listener(port: port, owner: .processes([Fixture.process(name)]))
        listener.inode = inode
        return WatchEvent(change: change, listener: listener, time: 1)
    }

    func rows(_ table: LiveWatchTable, width: Int = 120, height: Int = 40) -> [String] {
        Array(table.frame(renderer: renderer, width: width, height: height).dropFirst())
    }

    @Test func newRowsAreMarkedThenSettle() {
        var table = LiveWatchTable(markedPolls: 2)
        table.start(with: [Self.event(.appeared, port: 22, inode: 1, name: "sshd")])
        #expect(rows(table).count == 1)
        #expect(rows(table)[0].hasPrefix("  22/tcp"), "the baseline is not marked: \(rows(table))")

        table.apply([Self.event(.appeared, port: 8080, inode: 2)])
        #expect(rows(table).first?.hasPrefix("+ 8080/tcp") == true, "new rows come first, marked: \(rows(table))")
        table.apply([])
        #expect(rows(table).first?.hasPrefix("+ 8080/tcp") == true, "still marked after one poll")
        table.apply([])
        #expect(rows(table).contains { $0.hasPrefix("  8080/tcp") }, "settled after markedPolls: \(rows(table))")
        #expect(table.frame(renderer: renderer, width: 120, height: 40)[0].contains("2 sockets"))
    }

    @Test func goneRowsFadeThenLeave() {
        var table = LiveWatchTable(markedPolls: 2)
        table.start(with: [Self.event(.appeared, port: 22, inode: 1, name: "sshd"), Self.event(.appeared, port: 8080, inode: 2)])
        table.apply([Self.event(.disappeared, port: 8080, inode: 2)])
        let faded = rows(table)
        #expect(faded.first?.hasPrefix("- 8080/tcp") == true, "\(faded)")
        #expect(faded.first?.contains("python3") == true, "the gone row keeps its process")
        #expect(table.frame(renderer: renderer, width: 120, height: 40)[0].contains("1 socket "))
        table.apply([])
        #expect(rows(table).count == 2)
        table.apply([])
        #expect(rows(table).count == 1, "gone after markedPolls: \(rows(table))")
        #expect(rows(table)[0].hasPrefix("  22/tcp"))
    }

    @Test func fadedRowsAreDimOnAColourTerminal() {
        let colour = TextRenderer(style: TextStyle(colors: true), registryDate: "2026-11-30", registrySource: "test")
        var table = LiveWatchTable()
        table.start(with: [Self.event(.appeared, port: 8080, inode: 2)])
        table.apply([Self.event(.disappeared, port: 8080, inode: 2), Self.event(.appeared, port: 9090, inode: 3)])
        let frame = table.frame(renderer: colour, width: 120, height: 40)
        #expect(frame[1].hasPrefix("\u{1B}[32m+\u{1B}[0m 9090/tcp"), "\(frame)")
        #expect(frame[2].hasPrefix("\u{1B}[2m- 8080/tcp"), "\(frame)")
    }

    @Test func theFrameFitsTheWindow() {
        var table = LiveWatchTable()
        table.start(with: (0..<50).map { Self.event(.appeared, port: UInt16(10_000 + $0), inode: UInt64($0 + 1)) })
        let frame = table.frame(renderer: renderer, width: 30, height: 10)
        #expect(frame.count == 9, "a header, 7 rows and the count of the rest, leaving the last line free")
        #expect(frame.allSatisfy { $0.unicodeScalars.count <= 30 }, "\(frame)")
        #expect(frame.last?.hasPrefix("… 43 more") == true, "\(frame)")
    }
}

/// Prose fitted to a terminal's width.
struct TextFittingTests {
    static func page(_ query: String, width: Int?, tableWidth: Int? = nil) throws -> String {
        var style = TextStyle.plain
        style.width = width
        style.tableWidth = tableWidth
        let answer = try PortReporter(registry: .embedded, snapshot: nil).answer(try PortQuery(parsing: query))
        return TextRenderer(style: style, registryDate: "2026-11-30", registrySource: "test").render(answer)
    }

    @Test func fieldsWrapUnderTheirValueAndKeepTheirLabelPadding() throws {
        let page = try Self.page("80", width: 60)
        let lines = page.split(separator: "\n")
        #expect(lines.allSatisfy { $0.unicodeScalars.count <= 60 }, "\(lines.filter { $0.unicodeScalars.count > 60 })")
        let note = try #require(lines.firstIndex { $0.hasPrefix("  Note:") })
        #expect(lines[note].hasPrefix("  Note:         This"), "\(lines[note])")
        #expect(lines[note + 1].hasPrefix(String(repeating: " ", count: 16)) && lines[note + 1].dropFirst(16).first != " ")
        let unwrapped = try Self.page("80", width: nil)
        let words = { (text: String) in text.split(whereSeparator: { $0 == " " || $0 == "\n" }) }
        #expect(words(page) == words(unwrapped), "wrapping moves words, never loses or cuts them")
    }

    @Test func wideTablesAreCutWithAnEllipsis() throws {
        let page = try Self.page("1-1023", width: 50, tableWidth: 50)
        let lines = page.split(separator: "\n")
        #expect(lines.allSatisfy { $0.unicodeScalars.count <= 50 }, "\(lines.filter { $0.unicodeScalars.count > 50 }.prefix(3))")
        #expect(lines.contains { $0.contains("…") })
        #expect(lines.contains { $0.hasPrefix("  22/tcp") }, "rows keep their first column")
    }

    @Test(arguments: [("abcdef", 4, "abc…"), ("abc", 3, "abc"), ("\u{1B}[31mabcdef\u{1B}[0m", 3, "\u{1B}[31mab…\u{1B}[0m")])
    func truncation(text: String, width: Int, expected: String) {
        #expect(text.truncated(toDisplayWidth: width) == expected)
    }
}
