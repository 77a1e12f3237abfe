using System.Text;
using Microsoft.CodeAnalysis;

namespace InclusiveAnalyzers.Tests.Verifiers;

/// <summary>Checks every document of a fixed solution against the expected sources: file name and text (newlines normalised).</summary>
public static class SolutionComparer
{
    public static async Task AssertMatchesAsync(Solution actual, IReadOnlyList<ProjectId> projectIds, IReadOnlyList<ProjectState> projects,
        Func<ProjectState, SourceFileList> expectedSources, string context, CancellationToken cancellationToken)
    {
        var problems = new StringBuilder();
        for (int p = 0; p < projects.Count; p++)
        {
            var project = actual.GetProject(projectIds[p])!;
            var expected = expectedSources(projects[p]);
            var documents = project.DocumentIds.Select(id => project.GetDocument(id)!).ToList();
            if (documents.Count != expected.Count)
            {
                problems.AppendLine($"Project {project.Name}: expected {expected.Count} documents ({string.Join(", ", expected.Select(e => e.Name))}), found {documents.Count} ({string.Join(", ", documents.Select(d => d.Name))}).");
            }

            for (int i = 0; i < Math.Min(documents.Count, expected.Count); i++)
            {
                var document = documents[i];
                var (expectedName, expectedMarkup) = expected[i];
                if (document.Name != expectedName)
                {
                    problems.AppendLine($"Project {project.Name}, document {i}: expected the name '{expectedName}', found '{document.Name}'.");
                }

                string expectedText = TextDiff.Normalize(MarkupParser.Parse(expectedMarkup).Text);
                string actualText = TextDiff.Normalize((await document.GetTextAsync(cancellationToken).ConfigureAwait(false)).ToString());
                if (expectedText != actualText)
                {
                    problems.AppendLine($"Project {project.Name}, {document.Name}: the text differs (- expected, + actual):");
                    problems.Append(TextDiff.Lines(expectedText, actualText));
                }
            }
        }

        if (problems.Length > 0)
        {
            throw new VerifierException($"{context}: the fixed solution is not the expected one.\n{problems}");
        }
    }
}
