using static InclusiveAnalyzers.Core.Tests.Terms.TestCatalog;

namespace InclusiveAnalyzers.Core.Tests.Terms;

/// <summary>
/// Master's degree and skill senses that phrases cannot list: a degree said short ("did my masters in"), in another
/// language ("un master en droit"), and the verb heading a learning objective; the role beside them stays a finding.
/// </summary>
public class DegreeSenseTests
{
    [Theory]
    // A degree said short in English (public bios and READMEs)
    [InlineData("Previously, I did my masters in Communication at Seoul National University.")]
    [InlineData("Prior to joining PhD, I did my Masters in Electrical Engineering from Arizona State University.")]
    [InlineData("I did my Masters from NIT Calicut in Signal Processing (2011-13).")]
    [InlineData("During my Masters, I worked on several projects in machine learning.")]
    [InlineData("She holds two masters, one in physics.")]
    [InlineData("He has a master's from EPFL.")]
    [InlineData("She is doing a masters in computer science.")]
    [InlineData("I completed my master in Paris.")]
    [InlineData("He is pursuing masters in data science.")]
    // The degree with its field, listed with other degrees, glossed by its abbreviation, and its students
    [InlineData("He received a Master in Computer Science in 2004 from the University of Alicante.")]
    [InlineData("The analyser is written with the aim of attaining a Master in Computer Science through The University of Queensland.")]
    [InlineData("So I started a master in computer science and it was the best time of my life.")]
    [InlineData("I am currently studying for a Master in Data Science & AI in Berlin.")]
    [InlineData("The program is open to Bachelor and Master students in science, mathematics or engineering degrees.")]
    [InlineData("This page gives new team members (bachelor and master students) an overview.")]
    [InlineData("Our Bachelor/Master programme and the Master/PhD track.")]
    [InlineData("We are hiring two PhD students and Master students to join the team.")]
    [InlineData("Master (MSc) in Data Science, 2021.")]
    [InlineData("Christoph Biering, Master student of computer science at the TU Dresden.")]
    [InlineData("I am a master student at EPFL.")]
    [InlineData("Manuel Tardaguila Sancho. Master Student (Supervisor A. Rausell)")]
    // Another language's degree
    [InlineData("Il a un master en droit.")]
    [InlineData("Diplômé d'un Master en informatique avec une spécialisation en génie logiciel.")]
    [InlineData("J'ai obtenu une Licence en Informatique suivie d'un Master en Sciences des Données.")]
    [InlineData("Er hat einen Master in Informatik.")]
    [InlineData("CURSO: Master en Data Science")]
    [InlineData("Master en Terapia Cognitivo Conductual, Beck Institute, Philadelphia.")]
    // The verb heading a learning objective
    [InlineData("Learning Objectives:\n- Master the three core invocation patterns\n- Know when to use each pattern")]
    [InlineData("- Master the merge-sort modification pattern for counting problems")]
    [InlineData("Master the basics first.")]
    [InlineData("Course outline.\n\n- Master Python in 30 days.\n- Master Git and GitHub")]
    [InlineData("In this bootcamp:\n- Master Node.js with Express\n- Master C++ from scratch")] // a dot or marks inside the name
    [InlineData("## Learning Objectives\n\n- Master Python programming for data science")] // a skill noun after the name (a bootcamp syllabus)
    [InlineData("Course outline.\n\n- Master SQL fundamentals.")]
    public void A_degree_or_the_skill_verb_is_not_the_role(string text)
        => Assert.Empty(Find(text));

    [Theory]
    [InlineData("Our masters replicate to two regions.")] // the role, with a possessive
    [InlineData("A database that already holds two masters stops the migration.")] // a thing holds masters: the role
    [InlineData("After a split the calendar holds two masters.")]
    [InlineData("I have a master and two replicas.")]
    [InlineData("We did a master reset.")] // the verb, then a compound
    [InlineData("Il faut aussi renommer la branche master en main.")] // French git: the branch
    [InlineData("Start the master en route.")]
    [InlineData("Master node setup: run kubeadm init.")] // a sentence about the role, no verb object
    [InlineData("Course outline.\n\n- Master Node in Kubernetes")] // a role noun after Master, even on a course page
    [InlineData("- Master Redis in the cluster")] // no course around: the server
    [InlineData("- Master Redis programming for the cluster")] // a skill noun, but no course around
    [InlineData("Course outline.\n\n- Master Redis cluster for the team")] // no skill noun after the name
    [InlineData("Writes go to the master. The masters replicate.")]
    [InlineData("A master in Kubernetes runs the API server.")] // "in" and no field of study: the role
    [InlineData("Run the master in distributed computing mode.")] // a field noun, but no holder and no capital
    [InlineData("It never creates a second master student row.")] // a master record of students
    [InlineData("Pre-configured Master Student accounts for testing.")]
    [InlineData("Start the primary and master nodes.")] // listed with no degree
    [InlineData("The master (primary) node and the master (MS) server.")] // no degree's abbreviation, or an ambiguous one
    public void The_role_beside_them_is_still_reported(string text)
        => Assert.Contains(Find(text), f => f.StartsWith("master:", StringComparison.Ordinal));
}
