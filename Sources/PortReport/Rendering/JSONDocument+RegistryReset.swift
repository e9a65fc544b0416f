extension JSONDocument {
    /// `portlore registry update --reset --json`.
    public struct RegistryReset: Encodable, Sendable {
        public var schema = JSONDocument.schema
        public var kind = "registry-reset"
        /// The date of the registry that was removed; absent when none was installed.
        public var removedRegistryDate: String?
        /// The embedded registry's date, now in use.
        public var registryDate: String
        public var installPath: String

        public init(removedRegistryDate: String?, registryDate: String, installPath: String) {
            self.removedRegistryDate = removedRegistryDate
            self.registryDate = registryDate
            self.installPath = installPath
        }
    }
}
