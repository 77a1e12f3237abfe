namespace InclusiveAnalyzers.Precision;

/// <summary>
/// A reproducible sample: findings ordered by SHA-256(seed + key), the first N of each family.
/// Unlike a seeded shuffle, an item's rank depends only on its own key, so after a fix removes
/// other findings the same seed still picks the surviving items of the earlier sample.
/// </summary>
internal static class Sampler
{
    public static List<Finding> Pick(IEnumerable<Finding> findings, Family family, string seed, int count) =>
        findings.Where(f => f.Family == family)
            .OrderBy(f => Finding.Hash(seed + "\n" + f.Key), StringComparer.Ordinal)
            .Take(count)
            .ToList();
}
