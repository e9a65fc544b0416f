import PortRegistry
import Testing

/// Registry files made to break the readers (issue 10, "A registry update cannot be poisoned").
struct HostileRegistryFileTests {
    /// The registry of Data/iana with its `<updated>` date replaced.
    static func latestXML(updated date: String) -> [UInt8] {
        let text = String(decoding: RegistryTestData.xmlBytes, as: UTF8.self)
        let changed = text.replacingFirst("<updated>2026-08-17</updated>", with: "<updated>\(date)</updated>")
        precondition(changed != text, "registry-latest.xml's <updated> date was found")
        return Array(changed.utf8)
    }

    /// `'<registry>' + '<a>' * 40000`, 120 KB: the reader recursed once per level and overflowed
    /// the stack (SIGSEGV).
    @Test(arguments: [40_000, 65])
    func deepNestingIsRefusedNotACrash(levels: Int) {
        let bytes = Array(("<registry>" + String(repeating: "<a>", count: levels)).utf8)
        #expect {
            try IANARegistryFile.parse(bytes, path: "deep.xml")
        } throws: { error in
            guard case .corruptRegistry(let path, let reason) = error as? RegistryError else { return false }
            return path == "deep.xml" && reason.contains("nested 65 elements deep")
        }
    }

    @Test func nestingWithinTheLimitIsStillRead() {
        // 63 levels inside a record's description, closed properly: deep but allowed; the file
        // then fails only for having too few records.
        let inner = String(repeating: "<p>", count: 60) + "x" + String(repeating: "</p>", count: 60)
        let xml = "<registry><updated>2026-01-01</updated><record><description>\(inner)</description><number>1</number></record></registry>"
        #expect {
            try IANARegistryFile.parse(Array(xml.utf8), path: "ok.xml")
        } throws: { error in
            guard case .corruptRegistry(_, let reason) = error as? RegistryError else { return false }
            return reason.contains("fewer than")
        }
    }

    @Test(arguments: ["2026-13-45", "9999-99-99", "2026-02-29", "2026-04-31", "0000-01-01"])
    func impossibleRegistryDatesAreRefused(date: String) {
        #expect {
            try IANARegistryFile.parse(Self.latestXML(updated: date), path: "poisoned.xml")
        } throws: { error in
            guard case .corruptRegistry(_, let reason) = error as? RegistryError else { return false }
            return reason.contains(date) && reason.contains("calendar")
        }
    }

    @Test func aRealDayIsAccepted() throws {
        // 2028 is a leap year: its 29 February exists.
        let parsed = try IANARegistryFile.parse(Self.latestXML(updated: "2028-02-29"), path: "leap.xml")
        #expect(parsed.registryDate == "2028-02-29")
    }

    @Test func anImpossibleRecordDateIsRefused() {
        let text = String(decoding: RegistryTestData.xmlBytes, as: UTF8.self)
        let changed = text.replacingFirst("updated=\"", with: "updated=\"2019-02-30\" x=\"")
        #expect(changed != text)
        #expect(throws: RegistryError.self) { try IANARegistryFile.parse(Array(changed.utf8), path: "record.xml") }
    }

    /// A CSV registry of `count` plain records, then `extra` lines as given.
    static func csv(count: Int, extra: [String]) -> [UInt8] {
        var lines = ["Service Name,Port Number,Transport Protocol,Description,Assignee,Contact,Registration Date,Modification Date,Reference,Service Code,Unauthorized Use Reported,Assignment Notes"]
        for index in 0..<count {
            lines.append("svc\(index),\(index % 65_536),tcp,Service \(index),[Someone],[Someone],2020-01-0\(1 + index % 9),,,,,")
        }
        return Array((lines + extra).joined(separator: "\r\n").utf8)
    }

    @Test func aCSVRecordWithAnImpossibleDateIsRefused() {
        let bytes = Self.csv(count: 10_000, extra: ["evil,1302,tcp,Evil,,,2026-13-45,,,,,"])
        #expect {
            try IANARegistryFile.parse(bytes, path: "evil.csv")
        } throws: { error in
            guard case .corruptRegistry(_, let reason) = error as? RegistryError else { return false }
            return reason.contains("2026-13-45") && reason.contains("line 10002")
        }
    }

    @Test func aCSVIsDatedByItsNewestRealDate() throws {
        // 9999-12-31 is a real day: the reader accepts it, and the store refuses it against the
        // clock (RegistryUpdateSafetyTests).
        let parsed = try IANARegistryFile.parse(Self.csv(count: 10_000, extra: ["late,1302,tcp,Late,,,2024-03-01,9999-12-31,,,,"]), path: "late.csv")
        #expect(parsed.registryDate == "9999-12-31")
        let plain = try IANARegistryFile.parse(Self.csv(count: 10_000, extra: []), path: "plain.csv")
        #expect(plain.registryDate == "2020-01-09")
    }

    @Test(arguments: [
        ("2026-08-17", true), ("2024-02-29", true), ("2000-02-29", true), ("1900-02-29", false),
        ("2023-02-29", false), ("2026-12-31", true), ("2026-12-32", false), ("2026-00-10", false),
        ("2026-13-01", false), ("2006-05", true), ("2006-13", false), ("26-08-17", false),
        ("2026/08/17", false), ("2026-8-17x", false), ("", false), ("9999-99-99", false),
    ])
    func calendarDates(_ text: String, _ isDate: Bool) {
        #expect((CalendarDate(text) != nil) == isDate)
    }
}

extension String {
    fileprivate func replacingFirst(_ target: String, with replacement: String) -> String {
        guard let range = firstRange(of: target) else { return self }
        var copy = self
        copy.replaceSubrange(range, with: replacement)
        return copy
    }
}
