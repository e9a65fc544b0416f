public import HostInventory

/// `portlore watch` on a terminal: a table of the sockets present, redrawn each poll, where a
/// socket that just appeared is marked `+` and one that just went stays a few polls, dimmed
/// and marked `-`, before it leaves. Pure: fed annotated events and poll numbers, it returns
/// the frame's lines; the command clears the screen and writes them.
public struct LiveWatchTable: Sendable {
    public enum Mark: Hashable, Sendable {
        /// Appeared at this poll.
        case new(since: Int)
        case steady
        /// Disappeared at this poll; shown until it has faded.
        case gone(since: Int)
    }

    public struct Row: Hashable, Sendable {
        public var event: WatchEvent
        public var mark: Mark
    }

    /// Polls a `+` or a fading `-` row stays marked.
    public var markedPolls: Int
    public private(set) var rows: [WatchKey: Row] = [:]
    public private(set) var poll = 0

    public init(markedPolls: Int = 3) {
        self.markedPolls = markedPolls
    }

    /// The sockets present when the watch starts, annotated, unmarked.
    public mutating func start(with baseline: [WatchEvent]) {
        for event in baseline {
            rows[WatchKey(event.listener)] = Row(event: event, mark: .steady)
        }
    }

    /// One poll's events (annotated, in order). Marks age by one poll per call, so call it
    /// every poll, with no events when nothing changed.
    public mutating func apply(_ events: [WatchEvent]) {
        poll += 1
        for (key, row) in rows {
            switch row.mark {
            case .new(let since) where poll - since >= markedPolls:
                rows[key]?.mark = .steady
            case .gone(let since) where poll - since >= markedPolls:
                rows[key] = nil
            default:
                break
            }
        }
        for event in events {
            let key = WatchKey(event.listener)
            switch event.change {
            case .appeared:
                rows[key] = Row(event: event, mark: .new(since: poll))
            case .disappeared:
                // Keep what was known when it appeared (its findings); the event has none.
                var row = rows[key] ?? Row(event: event, mark: .steady)
                row.event.change = .disappeared
                row.event.time = event.time
                row.mark = .gone(since: poll)
                rows[key] = row
            }
        }
    }

    /// The frame: a header, then rows (new and gone first, then by port) up to `height` lines
    /// in all, each cut to `width` columns.
    public func frame(renderer: TextRenderer, width: Int, height: Int) -> [String] {
        let style = renderer.style
        let ordered = rows.values.sorted { a, b in
            let (ra, rb) = (Self.rank(a.mark), Self.rank(b.mark))
            if ra != rb { return ra < rb }
            return Listener.displayOrder(a.event.listener, b.event.listener)
        }
        let present = rows.values.count { if case .gone = $0.mark { false } else { true } }
        var lines = [style.bold("portlore watch") + " · \(present) socket\(present == 1 ? "" : "s") · + new, - gone · Ctrl-C to stop"]
        let room = max(1, height - 2)
        for row in ordered.prefix(ordered.count > room ? room - 1 : room) {
            var line = renderer.render(liveRow: row.event)
            switch row.mark {
            case .new: line = style.green("+") + " " + line
            case .steady: line = "  " + line
            case .gone: line = style.dim("- " + line.strippingEscapes)
            }
            lines.append(line)
        }
        if ordered.count > room {
            lines.append(style.dim("… \(ordered.count - (room - 1)) more (a taller window, or --log)"))
        }
        return lines.map { $0.truncated(toDisplayWidth: width) }
    }

    static func rank(_ mark: Mark) -> Int {
        switch mark {
        case .new: 0
        case .gone: 1
        case .steady: 2
        }
    }
}
