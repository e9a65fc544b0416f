extension JSONDocument {
    /// `portlore registry info --json`.
    public struct RegistryInfo: Encodable, Sendable {
        public var schema = JSONDocument.schema
        public var kind = "registry"
        public var registryDate: String
        public var source: String
        public var installed: Bool
        public var installPath: String
        public var currentRecords: Int
        public var versions: Int
        public var embeddedRegistryDate: String
        public var problem: String?

        public init(
            registryDate: String, source: String, installed: Bool, installPath: String, currentRecords: Int,
            versions: Int, embeddedRegistryDate: String, problem: String?
        ) {
            self.registryDate = registryDate
            self.source = source
            self.installed = installed
            self.installPath = installPath
            self.currentRecords = currentRecords
            self.versions = versions
            self.embeddedRegistryDate = embeddedRegistryDate
            self.problem = problem
        }
    }

    /// `portlore registry update --json`.
    public struct RegistryUpdate: Encodable, Sendable {
        public var schema = JSONDocument.schema
        public var kind = "registry-update"
        public var previousRegistryDate: String
        public var registryDate: String
        public var installPath: String
        public var currentRecords: Int
        public var versions: Int
        public var newVersions: Int

        public init(
            previousRegistryDate: String, registryDate: String, installPath: String, currentRecords: Int,
            versions: Int, newVersions: Int
        ) {
            self.previousRegistryDate = previousRegistryDate
            self.registryDate = registryDate
            self.installPath = installPath
            self.currentRecords = currentRecords
            self.versions = versions
            self.newVersions = newVersions
        }
    }
}
