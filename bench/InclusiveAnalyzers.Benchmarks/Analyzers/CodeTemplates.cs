namespace InclusiveAnalyzers.Benchmarks.Analyzers
{
    /// <summary>
    /// Member templates for the generated code base, written at column 0 and indented by the
    /// generator. Tokens: $N$ the entity (Order), $n$ its lowercase, $F$ the dictionary field,
    /// $C1$..$C3$ a // comment line, $S1$..$S2$ a string literal's text.
    /// </summary>
    internal static class CodeTemplates
    {
        public const string Enum = """
            /// <summary>The lifecycle states of a <see cref="$N$Record"/>.</summary>
            public enum $N$State
            {
                /// <summary>Created but not yet confirmed.</summary>
                Pending,

                /// <summary>Confirmed and in use.</summary>
                Active,

                /// <summary>Kept for history only.</summary>
                Archived,
            }
            """;

        public const string Record = """
            /// <summary>An immutable $n$ entry.</summary>
            /// <param name="Name">The unique name.</param>
            /// <param name="Quantity">How many units are held.</param>
            /// <param name="Price">The unit price.</param>
            /// <param name="State">Where the entry is in its lifecycle.</param>
            public sealed record $N$Record(string Name, int Quantity, decimal Price, $N$State State);
            """;

        public const string EventArgs = """
            /// <summary>Carries the entry that changed.</summary>
            public sealed class $N$ChangedEventArgs : EventArgs
            {
                /// <summary>Initializes a new instance of the <see cref="$N$ChangedEventArgs"/> class.</summary>
                /// <param name="record">The entry after the change.</param>
                /// <param name="removed">Whether the entry was removed.</param>
                public $N$ChangedEventArgs($N$Record record, bool removed)
                {
                    Record = record;
                    Removed = removed;
                }

                /// <summary>Gets the entry after the change.</summary>
                public $N$Record Record { get; }

                /// <summary>Gets a value indicating whether the entry was removed.</summary>
                public bool Removed { get; }
            }
            """;

        public const string Interface = """
            /// <summary>Stores and queries $n$ entries.</summary>
            public interface I$N$Store
            {
                /// <summary>Gets the number of entries.</summary>
                int Count { get; }

                /// <summary>Finds an entry by name.</summary>
                /// <param name="name">The name to look up.</param>
                /// <returns>The entry, or <c>null</c> when there is none.</returns>
                $N$Record? Find(string name);

                /// <summary>Adds or replaces an entry.</summary>
                /// <param name="record">The entry.</param>
                void Upsert($N$Record record);
            }
            """;

        public const string StoreHead = """
            /// <summary>
            /// An in-memory <see cref="I$N$Store"/> guarded by one lock. Readers take a snapshot,
            /// so a slow query never blocks writers for long.
            /// </summary>
            public sealed class $N$Store : I$N$Store
            {
                private readonly Dictionary<string, $N$Record> $F$ = new(StringComparer.Ordinal);
                private readonly object _gate = new();
                private readonly TimeSpan _timeout;
                private int _version;

                /// <summary>Initializes a new instance of the <see cref="$N$Store"/> class.</summary>
                /// <param name="timeout">How long a retry waits before giving up.</param>
                public $N$Store(TimeSpan timeout)
                {
                    if (timeout <= TimeSpan.Zero)
                    {
                        throw new ArgumentOutOfRangeException(nameof(timeout), timeout, "$S1$");
                    }

                    _timeout = timeout;
                }

                /// <summary>Raised after an entry changes.</summary>
                public event EventHandler<$N$ChangedEventArgs>? Changed;

                /// <inheritdoc/>
                public int Count
                {
                    get
                    {
                        lock (_gate)
                        {
                            return $F$.Count;
                        }
                    }
                }

                /// <summary>Gets the version, bumped on every change.</summary>
                public int Version => Volatile.Read(ref _version);

                /// <inheritdoc/>
                public $N$Record? Find(string name)
                {
                    ArgumentNullException.ThrowIfNull(name);
                    lock (_gate)
                    {
                        return $F$.TryGetValue(name, out var found) ? found : null;
                    }
                }

                /// <inheritdoc/>
                public void Upsert($N$Record record)
                {
                    ArgumentNullException.ThrowIfNull(record);
                    $N$ChangedEventArgs args;
                    lock (_gate)
                    {
                        $F$[record.Name] = record;
                        _version++;
                        args = new $N$ChangedEventArgs(record, removed: false);
                    }

                    // $C1$
                    Changed?.Invoke(this, args);
                }

                /// <summary>Returns the active entries that satisfy a condition, cheapest first.</summary>
                /// <param name="predicate">The condition to test.</param>
                /// <param name="limit">The most entries to return.</param>
                /// <returns>The matching entries.</returns>
                public IReadOnlyList<$N$Record> Query(Func<$N$Record, bool> predicate, int limit)
                {
                    List<$N$Record> snapshot;
                    lock (_gate)
                    {
                        snapshot = $F$.Values.ToList();
                    }

                    return snapshot
                        .Where(r => r.State == $N$State.Active && predicate(r))
                        .OrderBy(r => r.Price)
                        .ThenBy(r => r.Name, StringComparer.Ordinal)
                        .Take(limit)
                        .ToList();
                }
            """;

        public const string StoreTail = "}";

        public static readonly string[] Methods =
        {
            """
            /// <summary>Imports entries from comma-separated lines: name, quantity, price.</summary>
            /// <param name="lines">The lines to read.</param>
            /// <param name="cancellationToken">Cancels the import.</param>
            /// <returns>How many entries were imported.</returns>
            public async Task<int> ImportAsync(IEnumerable<string> lines, CancellationToken cancellationToken)
            {
                int imported = 0;
                int lineNumber = 0;
                foreach (var line in lines)
                {
                    lineNumber++;
                    cancellationToken.ThrowIfCancellationRequested();
                    if (string.IsNullOrWhiteSpace(line) || line.StartsWith('#'))
                    {
                        continue; // $C2$
                    }

                    var parts = line.Split(',', StringSplitOptions.TrimEntries);
                    if (parts.Length < 3)
                    {
                        throw new FormatException($"Line {lineNumber}: expected 3 fields but found {parts.Length}.");
                    }

                    if (!int.TryParse(parts[1], NumberStyles.Integer, CultureInfo.InvariantCulture, out var quantity)
                        || !decimal.TryParse(parts[2], NumberStyles.Number, CultureInfo.InvariantCulture, out var price))
                    {
                        throw new FormatException($"Line {lineNumber}: '{line}' $S2$");
                    }

                    Upsert(new $N$Record(parts[0], quantity, price, $N$State.Pending));
                    imported++;
                    if (imported % 100 == 0)
                    {
                        await Task.Yield();
                    }
                }

                return imported;
            }
            """,
            """
            /// <summary>Formats an entry for logs.</summary>
            /// <param name="record">The entry.</param>
            /// <returns>One line of text.</returns>
            public static string Describe($N$Record record)
            {
                var builder = new StringBuilder();
                builder.Append(record.Name).Append(": ");
                builder.Append(record.State switch
                {
                    $N$State.Pending => "waiting for confirmation",
                    $N$State.Active => "in use",
                    $N$State.Archived => "$S1$",
                    _ => "unknown state",
                });
                builder.Append(", ").Append(record.Quantity.ToString(CultureInfo.InvariantCulture)).Append(" units");
                builder.Append(" at ").Append(record.Price.ToString("C", CultureInfo.InvariantCulture));
                return builder.ToString();
            }
            """,
            """
            /// <summary>Totals the stock by state.</summary>
            /// <returns>The total quantity and value per state.</returns>
            public IReadOnlyDictionary<$N$State, (int Quantity, decimal Value)> Summarize()
            {
                var totals = new Dictionary<$N$State, (int Quantity, decimal Value)>();
                lock (_gate)
                {
                    foreach (var record in $F$.Values)
                    {
                        // $C3$
                        var (quantity, value) = totals.TryGetValue(record.State, out var current) ? current : (0, 0m);
                        totals[record.State] = (Quantity: quantity + record.Quantity, Value: value + Worth(record));
                    }
                }

                return totals;

                static decimal Worth($N$Record entry) => entry is { Quantity: > 0 } ? entry.Quantity * entry.Price : 0m;
            }
            """,
            """
            /// <summary>Lists the problems with an entry, if any.</summary>
            /// <param name="record">The entry to check.</param>
            /// <returns>One message per problem.</returns>
            public static IEnumerable<string> Validate($N$Record record)
            {
                if (string.IsNullOrEmpty(record.Name))
                {
                    yield return "The name is required.";
                }

                if (record.Quantity < 0)
                {
                    yield return $"The quantity {record.Quantity} is negative.";
                }

                if (record.Price < 0m || record.Price > 1_000_000m)
                {
                    yield return "$S2$";
                }
            }
            """,
            """
            /// <summary>Runs an operation, retrying timeouts until the store's timeout has passed.</summary>
            /// <typeparam name="T">The operation's result type.</typeparam>
            /// <param name="operation">The operation.</param>
            /// <param name="cancellationToken">Cancels the wait.</param>
            /// <returns>The operation's result.</returns>
            public async Task<T> RetryAsync<T>(Func<CancellationToken, Task<T>> operation, CancellationToken cancellationToken)
            {
                var deadline = DateTime.UtcNow + _timeout;
                for (int attempt = 1; ; attempt++)
                {
                    try
                    {
                        return await operation(cancellationToken).ConfigureAwait(false);
                    }
                    catch (TimeoutException ex) when (DateTime.UtcNow < deadline)
                    {
                        /* $C1$ */
                        var delay = TimeSpan.FromMilliseconds(Math.Min(1000, 50 * attempt));
                        Console.Error.WriteLine($"Attempt {attempt} failed: {ex.Message}");
                        await Task.Delay(delay, cancellationToken).ConfigureAwait(false);
                    }
                }
            }
            """,
            """
            /// <summary>Archives every active entry whose quantity fell to zero.</summary>
            /// <returns>The names of the archived entries.</returns>
            public IReadOnlyList<string> ArchiveEmpty()
            {
                var archived = new List<string>();
                EventHandler<$N$ChangedEventArgs> log = delegate (object? sender, $N$ChangedEventArgs e) { archived.Add(e.Record.Name); };
                Changed += log;
                try
                {
                    foreach (var record in Query(r => r.Quantity == 0, int.MaxValue))
                    {
                        Upsert(record with { State = $N$State.Archived });
                    }
                }
                finally
                {
                    Changed -= log;
                }

                return archived;
            }
            """,
            """
            /// <summary>Groups the entries by the first letter of their name.</summary>
            /// <returns>The names per initial, sorted.</returns>
            public ILookup<char, string> ByInitial()
            {
                lock (_gate)
                {
                    var query =
                        from entry in $F$.Values
                        where entry.Name.Length > 0
                        let initial = char.ToUpperInvariant(entry.Name[0])
                        orderby entry.Name
                        select (initial, entry.Name);
                    return query.ToLookup(pair => pair.initial, pair => pair.Name);
                }
            }
            """,
            """
            /// <summary>Removes an entry.</summary>
            /// <param name="name">The entry's name.</param>
            /// <returns><see langword="true"/> when an entry was removed.</returns>
            public bool Remove(string name)
            {
                $N$Record? removed = null;
                lock (_gate)
                {
                    if ($F$.Remove(name, out var existing))
                    {
                        removed = existing;
                        _version++;
                    }
                }

                if (removed is null)
                {
                    return false;
                }

                Changed?.Invoke(this, new $N$ChangedEventArgs(removed, removed: true));
                return true;
            }
            """,
        };

        public const string OptionsHead = """
            /// <summary>Settings for the $n$ module, bound from configuration.</summary>
            public sealed class $N$Options
            {
                /// <summary>The configuration section these settings are read from.</summary>
                public const string SectionName = "$N$";
            """;

        public const string Extensions = """
            /// <summary>Helpers over <see cref="I$N$Store"/>.</summary>
            public static class $N$StoreExtensions
            {
                /// <summary>Finds an entry or throws.</summary>
                /// <param name="store">The store.</param>
                /// <param name="name">The entry's name.</param>
                /// <returns>The entry.</returns>
                /// <exception cref="KeyNotFoundException">There is no such entry.</exception>
                public static $N$Record Get(this I$N$Store store, string name)
                    => store.Find(name) ?? throw new KeyNotFoundException($"No $n$ named '{name}'.");

                /// <summary>Adds several entries.</summary>
                /// <param name="store">The store.</param>
                /// <param name="records">The entries.</param>
                /// <returns>How many were added.</returns>
                public static int UpsertAll(this I$N$Store store, params $N$Record[] records)
                {
                    Array.ForEach(records, store.Upsert);
                    return records.Length;
                }
            }
            """;
    }
}
