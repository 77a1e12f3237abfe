using InclusiveAnalyzers.Core.Configuration;
using InclusiveAnalyzers.Core.Terms;

namespace InclusiveAnalyzers.Core.Tests.Catalog;

/// <summary>
/// The shipped catalog run through the real engine: the false positives and false negatives
/// listed in the term reference (shared/reference/terms.md, sections c and d) come out right.
/// </summary>
public class CatalogMatchingTests
{
    private static readonly Lazy<TermCatalog> catalog = new(() =>
    {
        var errors = new List<ConfigError>();
        var parsed = TermCatalog.Parse(CatalogFiles.ReadRules(), "rules.json", errors);
        Assert.True(errors.Count == 0, string.Join("\n", errors.Select(e => $"{e.Line}:{e.Column} {e.Message}")));
        return parsed;
    });

    private static readonly Lazy<TermMatcher> defaults = new(() => TermMatcher.Create(catalog.Value));

    private static readonly Lazy<TermMatcher> withCondescending =
        new(() => TermMatcher.Create(catalog.Value, new MatcherOptions { EnableCategories = new[] { "condescending" } }));

    [Fact]
    public void Engine_loads_the_checked_in_catalog_without_errors()
    {
        Assert.Equal(CatalogFiles.Terms.Count, catalog.Value.Terms.Count);
        Assert.Equal(CatalogFiles.Allowed().Count, catalog.Value.Allowed.Count);
    }

    [Fact]
    public void Embedded_catalog_is_the_checked_in_one()
        => Assert.Equal(CatalogFiles.Terms.Select(t => t.Id), TermCatalog.Default.Terms.Select(t => t.Id));

    [Theory]
    // Academic degrees and titles
    [InlineData("Requirements: a Master of Engineering or equivalent experience.")]
    [InlineData("She holds a master's degree in statistics.")]
    [InlineData("He finished his Masters thesis last year.")]
    // Brands, products, standards
    [InlineData("Pay with MasterCard or Visa.")]
    [InlineData("Verify the site in Bing Webmaster Tools.")]
    [InlineData("SQL Server Master Data Services imports the list.")]
    [InlineData("The LUKS master key is sealed in the TPM.")]
    [InlineData("Set ControlMaster auto in ~/.ssh/config.")]
    [InlineData("Rebase onto origin/master before pushing.")]
    [InlineData("Our scrum master runs the retro.")]
    [InlineData("A masterclass in API design.")]
    [InlineData("The headmaster and the postmaster met.")]
    // INI Tier 0
    [InlineData("The black-box tests treat the service as opaque.")]
    [InlineData("Each child process inherits the parent's environment.")]
    [InlineData("Telemetry is disabled unless the variable is set.")]
    [InlineData("A true mastermind of the heist.")]
    [InlineData("She was named an IEEE Fellow.")]
    [InlineData("The red team found two issues.")]
    [InlineData("We sell a white-label dashboard.")]
    [InlineData("The blackout window starts at noon.")]
    // Technical senses and homonyms
    [InlineData("Each job is executed in a fresh container.")]
    [InlineData("The process was killed by the OOM killer.")]
    [InlineData("After the third failed attempt the account is locked.")]
    [InlineData("See the crontab(5) man page for the field order.")]
    [InlineData("A bipolar junction transistor amplifies the signal.")]
    [InlineData("The nuts and bolts of the build.")]
    [InlineData("My golf handicap is 12.")]
    [InlineData("Trim trailing whitespace and white space.")]
    [InlineData("Use a flame retardant coating.")]
    [InlineData("The UI hangs while the request is pending.")]
    [InlineData("Cloud native apps run native code.")]
    [InlineData("She reviewed it and he merged it.")]
    [InlineData("Mastery takes time.")]
    // Exceptions in other terms
    [InlineData("The Mythical Man-Month is still worth reading.")]
    [InlineData("It solves the travelling salesman problem.")]
    [InlineData("Fit a regression with a dummy variable for region.")]
    [InlineData("A segregated fit allocator keeps size classes apart.")]
    [InlineData("Her talk at Black Hat USA was recorded.")]
    [InlineData("The slave trade shaped the Atlantic economy.")]
    [InlineData("Use a dumb terminal for the console.")]
    [InlineData("The car has blind spot monitoring.")]
    [InlineData("JIT means just-in-time compilation.")]
    [InlineData("Open to master's students and PhD students.")] // degree names in their plural and possessive spellings
    [InlineData("Our team has PhD students, Masters students, and undergrads.")]
    [InlineData("It is a 12-unit masters program.")]
    [InlineData("k-1 Encoding (Dummy Encoding) drops one of the one-hot columns.")] // statistics: the dummy coding of a factor
    [InlineData("The factor is dummy-coded before the fit.")]
    [InlineData("A dummy column is one which has a value of one when a categorical event occurs.")] // fastDummies' README
    [InlineData("Mastering creates versions. Use Compare to validate source vs master.")] // audio: the recording mastering produces
    [InlineData("Create a light mastering chain; prepare one alternate master with softer limiting.")]
    [InlineData("The SSL/TLS master keys can be logged by mitmproxy.")] // the plural of an excepted compound noun
    [InlineData("Both grand masters resigned.")]
    [InlineData("The job state is \"abortable\" or \"committed\".")] // a quoted value, as for abort
    [InlineData("Giraph launches an Application Master (512 MB) and worker containers on the Hadoop cluster.")] // YARN's ApplicationMaster
    [InlineData("If a task fails, the Application Master retries it; the ResourceManager restarts a dead app master.")]
    [InlineData("With Photon PUN the client first connects to the Master Server, then joins a room; the master client loads the scene.")] // Photon's server and room roles
    [InlineData("PhotonNetwork.ConnectUsingSettings() logs Connected to Master once the callback fires.")]
    [InlineData("A dovecot master account is able to login as any configured user.")] // docker-mailserver: Dovecot's master users
    [InlineData("Dovecot master users log in as any user; keep the master passwords in their own passdb.")]
    [InlineData("The Whitelist module of rspamd negates scores for trusted senders.")] // rspamd's whitelist module
    [InlineData("# Whitelist module\n\nrspamd validates the sender first.")]
    [InlineData("The precise ACLs share a common file format with each phase having a set of 4 files (whitelist, whitelist\\_regex, blacklist, and blacklist\\_regex) read in order.")] // Haraka's access plugin: its ACL file suffixes
    [InlineData("The options (master, master_timeout) are read at start-up.")]
    [InlineData("In this course you will master Kotlin.")] // a person and a modal: the verb
    [InlineData("By the end you'll be able to master Rust and Cargo.")]
    [InlineData("She holds two masters, one in physics.")] // degrees said short (DegreeSense)
    [InlineData("Il a un master en droit.")]
    [InlineData("- Add possibility to select Timer master mode")] // stm32f4xx-hal's changelog: STM32's timer master mode (MMS)
    [InlineData("There is no need to explicitly generate update event to update timer master mode.")] // Linux stm32-timer-trigger
    [InlineData("TIMER master mode output trigger source: Update event")] // GD32's firmware library
    [InlineData("Bits 6:4 MMS: Master mode selection. TRGO sends the update event.")]
    [InlineData("Set Timer Slave Mode to trigger mode.")]
    [InlineData("Configure TIMER master slave mode first.")]
    [InlineData("We also calculate the dynamics of the Lindblad master equation.")] // physics: the master equation of an open quantum system (QuTiP's lectures)
    [InlineData("## Lindblad master-equation simulation and steady state")]
    [InlineData("- [Master Equation Solver: Single-Qubit Dynamics](./003_qubit-dynamics.ipynb)")]
    [InlineData("The chemical master equations of the reaction network are solved numerically.")] // probability: a Markov process's forward equation
    public void Reports_nothing_for_known_false_positives(string text)
        => Assert.Empty(FindProse(withCondescending.Value, text));

    [Theory]
    [InlineData("Priya will be Master of Ceremonies.", "master-of-ceremonies")]
    [InlineData("Network segregation is enforced by VLANs.", "segregation")]
    [InlineData("a three-node master-slave cluster", "master-slave")]
    [InlineData("Configure the master/slave pair.", "master-slave")]
    [InlineData("the sanity-check job", "sanity-check")]
    [InlineData("The sanity tests run nightly.", "sanity-test")]
    [InlineData("The sanity checkers run nightly.", "sanity-check")]
    [InlineData("Good job, guys, on the release.", "guys")]
    [InlineData("Thank you guys for testing.", "you-guys")]
    [InlineData("fetch the master copy", "master")]
    [InlineData("Push to the master branch.", "master-branch")]
    [InlineData("a white hat researcher", "whitehat")]
    [InlineData("Each user must confirm his or her address.", "his-her")]
    [InlineData("If he/she approves, merge.", "he-she")]
    [InlineData("Existing accounts are grandfathered in.", "grandfathered")]
    [InlineData("The outage crippled checkout.", "cripple")]
    [InlineData("We need 40 man-hours.", "man-hour")]
    [InlineData("Not enough manpower this sprint.", "manpower")]
    [InlineData("That is a crazy idea.", "crazy")]
    [InlineData("Fill it with a dummy value.", "dummy")]
    [InlineData("This is a blind spot in our monitoring.", "blind-spot")]
    [InlineData("The model hallucinated a citation.", "hallucinate")]
    [InlineData("Limit the blast radius of a bad deploy.", "blast-radius")]
    [InlineData("The product reaches end-of-life in May.", "end-of-life")]
    [InlineData("Ask the developer evangelist.", "evangelist")]
    [InlineData("He is low man on the totem pole.", "totem-pole")]
    [InlineData("The tribe meets on Fridays.", "tribe")]
    [InlineData("Run three masters in Kubernetes.", "master")] // a plural role before "in": no apostrophe, no degree
    [InlineData("The master's binlog position is read.", "master")] // the possessive of the role
    [InlineData("Route every track to the master bus before mastering.", "master")] // the mixer's main bus
    [InlineData("Keep an alternate master in case the primary fails.", "master")] // no mastering around
    [InlineData("Replace the dummy code with your implementation.", "dummy")]
    [InlineData("Add a dummy encoder stub to the pipeline.", "dummy")]
    [InlineData("Add a dummy column to pad the CSV export.", "dummy")] // a placeholder column: no categorical data around
    [InlineData("The encoding argument now supports the \"locale\" dummy encoding name.", "dummy")] // Python 3.10's io docs: a pseudo codec, judged right
    [InlineData("Run mitmproxy to create and collect master secrets.", "master")] // TLS's master secret: reported, allowed per project (test pattern W19)
    [InlineData("Both masters failed over to the replicas.", "master")] // the term's own plural, no excepted noun after it
    [InlineData("Solve the equation on the master node and send it to the workers.", "master")] // the role beside an equation: not the master equation
    [InlineData("The master solves every equation the workers send.", "master")]
    [InlineData("Add dummies to the secrets table.", "dummy")]
    [InlineData("The backoff between attempts is abortable, so a cancelled search never waits.", "abortable")] // derived adjectives of Tier 1 verbs
    [InlineData("Every MCP call is abortable by its deadline.", "abortable")]
    [InlineData("The wallet keeps a stable (whitelistable) address.", "whitelistable")]
    [InlineData("Only blacklistable tokens are listed.", "blacklistable")]
    [InlineData("A non-abortable section runs to its end.", "abortable")]
    [InlineData("The commit future is spawned without cancel handles, making it unabortable once started.", "unabortable")] // the negated adjective
    [InlineData("Fail before the next invocation so an unabortable operation cannot renew a lease.", "unabortable")]
    [InlineData("Our application master keeps the list of tenants.", "master")] // no YARN around: an application master of your own
    [InlineData("The lobby connects to the master server of our own matchmaker.", "master")] // no Photon around: a master server of one's own
    [InlineData("Our admin panel has a master account that can log in as any user.", "master")] // no Dovecot around: a master account of one's own
    [InlineData("Dovecot stores the mail; the master replicates it to the standby.", "master")] // beside Dovecot, but no user or account after the word
    [InlineData("Configure rspamd to whitelist domains that pass DKIM.", "whitelist")] // the verb beside rspamd: wording of the page
    [InlineData("Our whitelist module skips trusted senders.", "whitelist")] // no rspamd around: a module of one's own
    [InlineData("Keep both lists (whitelist, blocklist) in sync.", "whitelist")] // a list of plain words: no name built on the word
    [InlineData("Add the host to the whitelist, then reload the server.", "whitelist")] // the word in prose before a comma: not an item of a list
    [InlineData("With Photon, the master decides who spawns first.", "master")] // beside Photon, but nothing at the word names its server or client
    [InlineData("The master schedules each application on the Hadoop cluster.", "master")] // the role beside Hadoop, no "application" before
    [InlineData("When will master be tagged for the release?", "master")] // a modal before the branch as subject: no person, no verb sense
    [InlineData("You can push to master once CI passes.", "master")]
    [InlineData("This code demonstrates how to use the I2C master mode to read/write I2C EEPROM.", "master")] // a bus role: judged right (ESP-IDF)
    [InlineData("Use one of ESP32's I2C port (master mode) to read and write.", "master")]
    [InlineData("The SPI slave mode uses DMA.", "slave")]
    [InlineData("The master timer drives the others.", "master")] // the role, not the mode's name
    public void Reports_the_term_for_known_findings(string text, string id)
        => Assert.Equal(new[] { id }, FindProse(defaults.Value, text));

    [Theory]
    [InlineData("DomainBlacklistProvider", "blacklist")]
    [InlineData("isSlaveReady", "slave")]
    [InlineData("MAX_SLAVE_LAG_MS", "slave")]
    [InlineData("man_hours_total", "man-hour")]
    [InlineData("XMLBlacklistParser", "blacklist")]
    [InlineData("HTTPMasterRouter", "master")]
    [InlineData("EstimateManHours", "man-hour")]
    [InlineData("BlindSpotWarning", "blind-spot")]
    [InlineData("CultureFitScore", "culture-fit")]
    [InlineData("IsGrandfathered", "grandfathered")]
    [InlineData("RunSanityCheck", "sanity-check")]
    [InlineData("SanityChecker", "sanity-check")] // the agent form: what runs the check
    [InlineData("MasterSlaveMode", "master-slave")]
    [InlineData("IsAbortable", "abortable")]
    [InlineData("WhitelistableFeature", "whitelistable")]
    [InlineData("BLACKLISTABLE_MODULES", "blacklistable")]
    [InlineData("IsUnabortable", "unabortable")]
    [InlineData("CMD_UNABORTABLE", "unabortable")]
    public void Reports_terms_inside_identifiers(string identifier, string id)
    {
        List<TermMatch>? matches = null;
        defaults.Value.FindInIdentifier(identifier, ref matches);
        Assert.Equal(new[] { id }, (matches ?? new List<TermMatch>()).Select(m => m.Term.Id));
    }

    [Theory]
    [InlineData("MasterCard")]
    [InlineData("MasterMind")]
    [InlineData("WebMaster")]
    [InlineData("RemasteredTrackList")]
    [InlineData("CommandRouter")]
    [InlineData("WhitespaceTrimmer")]
    [InlineData("IsDisabled")]
    [InlineData("BlackBoxTests")]
    [InlineData("KillProcess")]
    public void Ignores_shielded_and_technical_identifiers(string identifier)
    {
        List<TermMatch>? matches = null;
        Assert.False(defaults.Value.FindInIdentifier(identifier, ref matches));
    }

    [Theory]
    [InlineData("Just run the script.", "just")]
    [InlineData("Simply restart the service.", "simply")]
    [InlineData("Obviously this fails.", "obviously")]
    [InlineData("Of course, you need a key.", "of-course")]
    public void Condescending_terms_report_only_when_the_category_is_on(string text, string id)
    {
        Assert.Empty(FindProse(defaults.Value, text));
        Assert.Equal(new[] { id }, FindProse(withCondescending.Value, text));
    }

    [Theory]
    [InlineData("Configure the master/slave pair.", "Configure the primary/replica pair.")]
    [InlineData("The fd of the master pty.", "The fd of the manager pty.")] // POSIX.1-2024: manager and subsidiary devices
    [InlineData("The child opens the slave end of the pseudoterminal.", "The child opens the subsidiary end of the pseudoterminal.")]
    [InlineData("forkpty returns the master file descriptor.", "forkpty returns the manager file descriptor.")]
    [InlineData("The master process forks one worker per core.", "The primary process forks one worker per core.")]
    [InlineData("Reports the master peak value across all channels.", "Reports the main peak value across all channels.")]
    [InlineData("Set the master volume to half.", "Set the main volume to half.")]
    [InlineData("Replicate the master to a new volume.", "Replicate the primary to a new volume.")]
    [InlineData("Each slave reads from the queue.", "Each replica reads from the queue.")]
    [InlineData("The outage crippled checkout.", "The outage degraded checkout.")]
    [InlineData("Run the sanity checks.", "Run the confidence checks.")]
    [InlineData("The sanity checker runs nightly.", "The confidence checker runs nightly.")]
    [InlineData("We need 40 man-hours.", "We need 40 person-hours.")]
    [InlineData("Thank you guys for testing.", "Thank you all for testing.")]
    [InlineData("Ask whether he/she can review.", "Ask whether they can review.")]
    [InlineData("Each user must confirm his or her address.", "Each user must confirm their address.")]
    [InlineData("Add the host to the whitelist.", "Add the host to the allowlist.")]
    [InlineData("Push to the master branch.", "Push to the main branch.")]
    [InlineData("Merge your change into master once CI passes.", "Merge your change into primary once CI passes.")] // no word of git around
    [InlineData("Open a pull request; we merge it into master.", "Open a pull request; we merge it into main.")]
    [InlineData("Work happens on the master branch. At times master is closed.", "Work happens on the main branch. At times main is closed.")]
    [InlineData("Rebase onto master before review.", "Rebase onto main before review.")]
    [InlineData("Please send a pull request to master with corrections.", "Please send a pull request to main with corrections.")]
    [InlineData("Open PRs against master only.", "Open PRs against main only.")]
    [InlineData("Update your master with the latest upstream version.", "Update your main with the latest upstream version.")]
    [InlineData("Send writes to master and reads to replicas.", "Send writes to primary and reads to replicas.")] // a server, not a branch
    [InlineData("Writes go to the master and are copied.", "Writes go to the primary and are copied.")]
    [InlineData("Limit the blast radius.", "Limit the extent.")]
    [InlineData("Make the request abortable.", "Make the request cancelable.")]
    [InlineData("An abortable sleep ends at once.", "A cancelable sleep ends at once.")]
    [InlineData("Mark the field whitelistable.", "Mark the field allowlistable.")]
    [InlineData("It is unabortable once started.", "It is uncancelable once started.")]
    [InlineData("An unabortable operation holds the lease.", "An uncancelable operation holds the lease.")]
    [InlineData("A non-abortable section runs to its end.", "A non-cancelable section runs to its end.")]
    [InlineData("The MITM in its name stands for Man-In-The-Middle.", "The MITM in its name stands for Machine-In-The-Middle.")] // the initials kept
    [InlineData("This prevents man-in-the-middle (MITM) attacks.", "This prevents machine-in-the-middle (MITM) attacks.")]
    [InlineData("This prevents man-in-the-middle attacks.", "This prevents adversary-in-the-middle attacks.")] // no MITM around
    public void First_replacement_reads_naturally(string text, string expected)
    {
        List<TermMatch>? matches = null;
        defaults.Value.FindInProse(text, 0, text.Length, ref matches);
        Assert.Equal(expected, TermRewriter.RewriteAll(text, matches ?? new List<TermMatch>(), TextKind.Prose));
    }

    private static IEnumerable<string> FindProse(TermMatcher matcher, string text)
    {
        List<TermMatch>? matches = null;
        matcher.FindInProse(text, 0, text.Length, ref matches);
        return (matches ?? new List<TermMatch>()).Select(m => m.Term.Id).ToList();
    }
}
