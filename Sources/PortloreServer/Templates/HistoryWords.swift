import PortRegistry

/// What our copies of the registry say about when things happened, in the page's language:
/// a date IANA stated is a date; one our copies imply is a window between two copies.
enum HistoryWords {
    /// " on 2019-10-30 (IANA's note)", " between 2004-01-08 and 2004-03-17 (IANA gives no date)";
    /// with a leading space in English, so it follows "de-assigned" directly.
    static func when(_ deassignment: Deassignment, _ page: PageContext) -> String {
        var text: String
        if let date = deassignment.statedDate {
            let source = deassignment.statedIn == .ianaNote ? HistoryText.sourceNote : HistoryText.sourceModified
            text = page.text(HistoryText.statedOn, ["date": page.date(date), "source": page.text(source)])
        } else if let last = deassignment.lastNamedIn, let next = deassignment.firstUnnamedIn {
            text = page.text(HistoryText.between, ["from": page.date(last.date), "to": page.date(next.date)])
        } else {
            text = page.text(HistoryText.noDate)
        }
        if let words = deassignment.ianaWords {
            text += page.text(HistoryText.ianaSays, ["words": words])
        }
        return text
    }

    /// "the registry of 2019-10-17", "ทะเบียนฉบับวันที่ 17 ต.ค. 2019".
    static func title(_ copy: RegistryCopy, _ page: PageContext) -> String {
        let date = page.date(copy.date)
        switch copy.format {
        case .rfc1340: return page.text(HistoryText.copyRFC, ["date": date])
        case .portNumbersText: return page.text(HistoryText.copyPortNumbers, ["date": date])
        case .xml, .plainText: return page.text(HistoryText.copyRegistry, ["date": date])
        }
    }

    /// When one name was on the port, as `TextRenderer.presence` says it in English.
    static func presence(_ tenure: NameTenure, _ page: PageContext) -> String {
        let first = page.date(tenure.firstSeen.date)
        let start = tenure.absentBefore == nil ? page.text(HistoryText.earliest, ["date": first]) : first
        var text: String
        if let last = tenure.lastSeen {
            if last.date == tenure.firstSeen.date {
                text = page.text(HistoryText.onlyIn, ["copy": title(tenure.firstSeen, page)])
            } else {
                text = page.text(tenure.inEveryCopy ? HistoryText.everyCopy : HistoryText.someCopies, ["from": start, "to": page.date(last.date)])
            }
        } else {
            text = page.text(HistoryText.seenSince, ["from": start]) + (tenure.inEveryCopy ? "" : page.text(HistoryText.notEverySince))
        }
        if let before = tenure.absentBefore { text += page.text(HistoryText.notIn, ["copy": title(before, page)]) }
        if let gone = tenure.goneBy { text += page.text(HistoryText.goneBy, ["copy": title(gone, page)]) }
        return text
    }
}
