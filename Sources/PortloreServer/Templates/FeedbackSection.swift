/// "Was this page helpful?": a plain form at the end of every port page that posts to
/// `/ports/N/feedback` (or `/th/ports/N/feedback`) and works without JavaScript. After a vote
/// the server answers 303 to `?thanks=1`, and the page shows the thanks instead of the form.
enum FeedbackSection {
    static func render(port: Int, language: Language, thanked: Bool) -> HTML {
        let heading = FeedbackText.heading[language]
        if thanked {
            return """
            <section class="feedback" id="feedback" aria-labelledby="feedback-heading">
            <h2 id="feedback-heading">\(heading)</h2>
            <p class="feedback-thanks" role="status">\(FeedbackText.thanks[language])</p>
            </section>
            """
        }
        let action = "\(language.pathPrefix)/ports/\(port)/feedback"
        return """
        <section class="feedback" id="feedback" aria-labelledby="feedback-heading">
        <h2 id="feedback-heading">\(heading)</h2>
        <form method="post" action="\(action)" accept-charset="utf-8">
        <p><label for="feedback-comment">\(FeedbackText.commentLabel[language])</label><br>
        <textarea id="feedback-comment" name="comment" maxlength="500" rows="3" cols="60"></textarea></p>
        <p><button type="submit" name="helpful" value="yes">\(FeedbackText.yes[language])</button>
        <button type="submit" name="helpful" value="no">\(FeedbackText.no[language])</button></p>
        <p class="muted small">\(FeedbackText.privacy[language])</p>
        </form>
        </section>
        """
    }
}
