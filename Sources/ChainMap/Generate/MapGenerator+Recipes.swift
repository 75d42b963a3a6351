/// The generator sizes the documentation names, defined once: README.md, `chainmap generate --help` and
/// `make bench` (chainmap-bench) all take them from here, and a test checks the README against them.
extension MapGenerator {
    /// A documented size of generated map: the two generator options that set it.
    public struct Recipe: Sendable, Hashable {
        /// The number of enterprises (`--enterprises`).
        public var enterprises: Int
        /// The mean relations.csv rows per enterprise (`--relations-per-enterprise`).
        public var relationsPerEnterprise: Double

        /// A recipe of `enterprises` enterprises with `relationsPerEnterprise` relations each on average.
        public init(enterprises: Int, relationsPerEnterprise: Double) {
            self.enterprises = enterprises
            self.relationsPerEnterprise = relationsPerEnterprise
        }

        /// The options of `chainmap generate` that give this size: `--enterprises 71500 --relations-per-enterprise 10.6`.
        public var arguments: String {
            "--enterprises \(enterprises) --relations-per-enterprise \(relationsPerEnterprise)"
        }
    }

    /// About 10k records and 100k ties (the bench's `10k` map).
    public static let tenThousandRecords = Recipe(enterprises: 7_150, relationsPerEnterprise: 10.6)

    /// About 100k records and 1M ties (the bench's `1m` map; 96,976 records and 998,560 ties with seed 1).
    public static let millionTies = Recipe(enterprises: 71_500, relationsPerEnterprise: 10.6)

    /// A generator for `recipe` with `seed`, every other option at its default.
    public init(seed: UInt64, recipe: Recipe) {
        self.init(seed: seed, enterprises: recipe.enterprises, relationsPerEnterprise: recipe.relationsPerEnterprise)
    }
}
