/// Every group of interface text the site speaks, by name: what the catalog test walks to
/// check that each phrase exists in every language. A new group goes here too.
enum Catalog {
    static let groups: [(name: String, phrases: [Phrase])] = [
        ("LayoutText", LayoutText.all),
        ("StatusText", StatusText.all),
        ("TierText", TierText.all),
        ("PortText", PortText.all),
        ("HistoryText", HistoryText.all),
        ("FAQText", FAQText.all),
        ("HomeText", HomeText.all),
        ("ListPagesText", ListPagesText.all),
        ("ErrorText", ErrorText.all),
        ("CheckText", CheckText.all),
        ("HostText", HostText.all),
        ("KnownUsesText", KnownUsesText.all),
        ("QuietPortsText", QuietPortsText.all),
        ("TimelineText", TimelineText.all),
    ]
}
