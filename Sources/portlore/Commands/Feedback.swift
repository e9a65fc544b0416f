import ArgumentParser
import Dispatch
import FeedbackStore
import Synchronization

/// `portlore feedback`: what readers answered to "Was this page helpful?".
struct Feedback: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "feedback",
        abstract: "Read the feedback readers left on port pages.",
        subcommands: [Export.self]
    )

    /// `portlore feedback export [--format csv|json]`: every vote to stdout.
    struct Export: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "export",
            abstract: "Write all feedback (port, helpful, comment, day) to stdout as CSV or JSON.",
            discussion: "Voter keys are not exported; no address is stored. See docs/server.md."
        )

        enum Format: String, ExpressibleByArgument, CaseIterable { case csv, json }

        @Option(name: .long, help: "csv (default) or json.")
        var format: Format = .csv

        @OptionGroup var store: FeedbackStoreOptions

        func run() throws {
            let location = try store.location()
            let outcome = Mutex<Result<[FeedbackEntry], FeedbackStoreError>?>(nil)
            let finished = DispatchSemaphore(value: 0)
            Task {
                let result: Result<[FeedbackEntry], FeedbackStoreError>
                do throws(FeedbackStoreError) {
                    let opened = try await location.open()
                    do throws(FeedbackStoreError) {
                        result = .success(try await opened.allFeedback())
                    } catch {
                        result = .failure(error)
                    }
                    await opened.close()
                } catch {
                    result = .failure(error)
                }
                outcome.withLock { $0 = result }
                finished.signal()
            }
            finished.wait()
            switch outcome.withLock({ $0 }) {
            case .success(let entries)?:
                StandardOutput.write(format == .csv ? FeedbackExport.csv(entries) : FeedbackExport.json(entries))
            case .failure(let error)?:
                throw CommandFailure(message: error.description, code: ExitStatus.environment)
            case nil:
                throw CommandFailure(message: "The feedback export did not finish; try again.", code: ExitStatus.environment)
            }
        }
    }
}
