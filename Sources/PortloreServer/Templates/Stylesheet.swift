/// The one stylesheet of every page, served from `/static/portlore.css`, and the icon. Both are
/// files in Resources/ (portlore.css, favicon.svg), compiled into the binary by SwiftPM's
/// `.embedInCode`: edit them there.
enum Stylesheet {
    /// Resources/portlore.css, then `rulesToMove`.
    static let css: [UInt8] = PackageResources.portlore_css + Array(rulesToMove.utf8)

    static let favicon: [UInt8] = PackageResources.favicon_svg

    // MERGE MARKER (issue 12/13): rules written on a branch that still had the CSS in this file
    // go in this string, unchanged; the lead moves them to the end of Resources/portlore.css at
    // merge and leaves the string empty. Nothing else belongs here.
    static let rulesToMove = """
        """
}
