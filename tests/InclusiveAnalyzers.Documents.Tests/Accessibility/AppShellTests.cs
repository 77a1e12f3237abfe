namespace InclusiveAnalyzers.Documents.Tests.Accessibility;

/// <summary>Pages whose content a script renders (docsify, Vue, React, Angular, Storybook, Swagger UI): INCL323 has no outline to judge.</summary>
public class AppShellTests
{
    // The shape of pino's docs/index.html: a docsify mount point, its configuration and its scripts after </body>.
    private const string Docsify = """
        <!DOCTYPE html>
        <html lang="en">
        <head>
          <meta charset="UTF-8">
          <title>Pino</title>
          <meta name="viewport" content="width=device-width, user-scalable=no, initial-scale=1.0">
        </head>
        <body>
          <div id="app"></div>
        </body>
        <script>
          window.$docsify = { name: 'pino', loadSidebar: 'docsify/sidebar.md' }
        </script>
        <script src="//unpkg.com/docsify/lib/docsify.min.js"></script>
        </html>
        """;

    [Fact]
    public void Docsify_shell_has_no_INCL323_but_keeps_its_head_rules()
    {
        var findings = Lint.Html(Docsify);
        findings.HasNot("INCL323");
        findings.Has("INCL344", 6);
    }

    [Fact]
    public void Shell_keeps_the_lang_checks()
    {
        Lint.Html(Docsify.Replace(" lang=\"en\"", "")).Has("INCL340");
        Lint.Html(Docsify.Replace("lang=\"en\"", "lang=\"english\"")).Has("INCL341");
    }

    [Theory]
    [InlineData("<div id=\"root\"></div>\n<script type=\"module\" src=\"/src/main.tsx\"></script>")]
    [InlineData("<noscript>You need to enable JavaScript to run this app.</noscript>\n<div id=\"root\"></div>")]
    [InlineData("<app-root></app-root>\n<script src=\"main.js\"></script>")]
    [InlineData("<div id=\"swagger-ui\"></div><template><p>Row</p></template>\n<script src=\"swagger-ui-bundle.js\"></script>")]
    [InlineData("<div id=\"storybook-root\"><div class=\"spinner\"></div></div>\n<!-- filled at run time -->\n<script src=\"main.js\"></script>")]
    // A progress placeholder the script replaces: docsify's documented loading dialog, a spinner's label.
    [InlineData("<div id=\"app\">Please wait...</div>\n<script src=\"docsify.min.js\"></script>")]
    [InlineData("<div id=\"app\">Loading...</div>\n<script src=\"app.js\"></script>")]
    [InlineData("<div id=\"app\"><p class=\"loading\">Loading the documentation\u2026</p></div>\n<script src=\"app.js\"></script>")]
    [InlineData("<div id=\"root\"><div class=\"spinner\" role=\"status\" aria-label=\"Loading\"></div></div>\n<script src=\"app.js\"></script>")]
    [InlineData("<div id=\"app\">Loading... please wait</div>\n<script src=\"app.js\"></script>")]
    [InlineData("<script src=\"context.js\"></script>\n  %SCRIPTS%\n")] // karma's context.html: a server template fills it
    [InlineData("<div id=\"app\">{{ content }}</div>\n<script src=\"app.js\"></script>")]
    [InlineData("<title>Karma DEBUG RUNNER</title><meta name=\"x\" content=\"y\"><script src=\"debug.js\"></script>\n%SCRIPTS%")] // a title moved into the body is not shown
    public void Empty_mount_elements_and_a_script_are_a_shell(string body)
    {
        var page = $"<!doctype html>\n<html lang=\"en\">\n<head><title>App</title><script src=\"runtime.js\"></script></head>\n<body>\n{body}\n</body>\n</html>\n";
        Lint.Html(page).HasNot("INCL323");
    }

    [Theory]
    // Text of its own: a static page without an h1 is still reported, scripts or not.
    [InlineData("<div id=\"app\"><h2>Install</h2><p>Run npm install.</p></div>\n<script src=\"app.js\"></script>")]
    [InlineData("<div id=\"app\"><p>Run npm install.</p></div>\n<script src=\"app.js\"></script>")]
    [InlineData("<p>Welcome</p>\n<script src=\"app.js\"></script>")]
    [InlineData("<p>%NAME% is ready: run the tests from here.</p>\n<script src=\"app.js\"></script>")]
    [InlineData("<p>Save 50% now, then 20%</p>\n<script src=\"app.js\"></script>")]
    // Text that only starts like a placeholder: a second sentence, or more than a short phrase.
    [InlineData("<p>Loading files is easy. Read on.</p>\n<script src=\"app.js\"></script>")]
    [InlineData("<p>Loading data from a CSV file takes one call to the reader</p>\n<script src=\"app.js\"></script>")]
    [InlineData("<div id=\"app\">Loading...</div><p>Install it with npm and read the guide.</p>\n<script src=\"app.js\"></script>")]
    [InlineData("<nav aria-label=\"Site menu\"></nav>\n<script src=\"app.js\"></script>")]
    // A placeholder without a script: nothing will replace it.
    [InlineData("<div id=\"app\">Loading...</div>")]
    // Content without text: an image or a control is content the file shows.
    [InlineData("<div id=\"app\"><img src=\"logo.png\" alt=\"Logo\"></div>\n<script src=\"app.js\"></script>")]
    [InlineData("<canvas id=\"game\"></canvas>\n<script src=\"game.js\"></script>")]
    // No script: nothing renders the content, the page is just empty.
    [InlineData("<div id=\"app\"></div>")]
    public void Pages_with_content_or_without_a_script_still_need_an_h1(string body)
    {
        var page = $"<!doctype html>\n<html lang=\"en\">\n<head><title>App</title></head>\n<body>\n{body}\n</body>\n</html>\n";
        Lint.Html(page).Exactly("INCL323", 2);
    }
}
