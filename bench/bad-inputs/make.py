"""Writes the repeated-structure inputs of issue 9's "linear time on every input" into a folder, one file each:
a term repeated 20,000 times along one list (C#: a `+` chain, an argument list, an array of literals, comment lines,
a documentation comment, fields; Markdown and HTML: links, emphasis, table columns, headings, footnotes, inline HTML,
code spans, a wide paragraph, labelled fields, duplicate ids, a table, a code of conduct with a placeholder per line)
and a few absurd shapes (a 1 MB line, unclosed brackets), suppressions (pragmas, comments) and a second code of conduct
(a real address in each of 20,000 sections). Usage: python3 make.py FOLDER [COUNT]"""
import os
import sys

folder = sys.argv[1]
n = int(sys.argv[2]) if len(sys.argv) > 2 else 20000
os.makedirs(folder, exist_ok=True)


def write(name, text):
    with open(os.path.join(folder, name), "w", encoding="utf-8") as f:
        f.write(text)


page = lambda body: '<!doctype html><html lang="en"><head><title>t</title></head><body>' + body + '</body></html>\n'

write("chain.cs", "class C { int M(int master) { return " + " + ".join(["master"] * n) + "; } }\n")
write("arguments.cs", "class C { void M(params int[] a) { M(" + ", ".join(["master"] * n) + "); } int master; }\n")
write("literals.cs", "class C { string[] a = new[] {" + ", ".join(['"master"'] * n) + "}; }\n")
write("comment_lines.cs", "".join("// master line %d\n" % i for i in range(n)) + "class C {}\n")
write("doc_comment.cs", "/// <summary>\n" + "".join("/// master line %d\n" % i for i in range(n)) + "/// </summary>\nclass C {}\n")
write("block_comments.cs", "class C {}" + " ".join("/* master */" for _ in range(n)) + "\n")
write("fields.cs", "class C {" + "".join(" int master%d;" % i for i in range(n)) + "}\n")
write("links.md", " ".join("[master %d](http://x.org/%d)" % (i, i) for i in range(n)) + "\n")
write("emphasis.md", " ".join("*master %d*" % i for i in range(n)) + "\n")
write("unclosed.md", "*" * n + " master " + "[" * n + "\n")
write("table_columns.md", "|" + "|".join(["master"] * n) + "|\n|" + "|".join(["---"] * n) + "|\n|" + "|".join(["x"] * n) + "|\n")
write("headings.md", "".join("# master %d\n\n### skip %d\n\n" % (i, i) for i in range(n)))
write("footnotes.md", " ".join("master[^%d]" % i for i in range(n)) + "\n\n" + "".join("[^%d]: note master %d\n" % (i, i) for i in range(n)))
write("inline_html.md", " ".join("<span>master</span>" for _ in range(n)) + "\n")
write("code_spans.md", " ".join("`a` master" for _ in range(n)) + "\n")
write("long_line.md", "the master " * (n * 5) + "\n")
write("wide_paragraph.html", page("<p>" + "".join("<span>master</span>" for _ in range(n)) + "</p>"))
write("labelled_fields.html", page("".join('<label for="f%d">master</label><input id="f%d">' % (i, i) for i in range(n))))
write("duplicate_ids.html", page("".join('<p id="same">master</p>' for _ in range(n))))
write("headings.html", page("".join("<h1>master</h1><h4>x</h4>" for _ in range(n))))
write("table.html", page("<table>" + "".join("<tr><th>master</th><td>x</td></tr>" for _ in range(n)) + "</table>"))
write("reference_links.md", "".join('[r%d]: http://x.org/%d "master"\n' % (i, i) for i in range(n)) + " ".join("[a][r%d]" % i for i in range(n)) + "\n")
write("images.md", " ".join("![](i%d.png)" % i for i in range(n)) + "\n")
write("list_items.md", "".join("- master item %d\n" % i for i in range(n)))
write("empty_links.html", page("".join('<a href="/x%d"></a>' % i for i in range(n))))
write("table_columns.html", page("<table><tr>" + "<th>master</th>" * n + "</tr><tr>" + "<td>x</td>" * n + "</tr></table>"))
write("CODE_OF_CONDUCT.addresses.md", "# Code of Conduct\n\n" + "".join("## Section %d\n\nEmail conduct%d@realproject.org about master issues.\n\n" % (i, i) for i in range(n)))
write("locals.cs", "class C { void M() {\n" + "".join(" var master%d = %d;\n" % (i, i) for i in range(n)) + "} }\n")
write("interpolated.cs", "class C { string M(int x) => " + " + ".join(['$"master {x}"'] * n) + "; }\n")
write("pragmas.cs", "class C {\n" + "".join("#pragma warning disable INCL101\n int master%d;\n#pragma warning restore INCL101\n" % i for i in range(n)) + "}\n")
write("suppression_comments.md", "<!-- inclusive-disable-next-line -->\nThe master copy.\n\n" * n)
# Start-up alone, per kind: the "beyond start-up" column subtracts these.
write("tiny.cs", "class Tiny { int master; }\n")
write("tiny.md", "# Tiny\n\nThe master copy.\n")
write("tiny.html", page("<p>The master copy.</p>"))
write("CODE_OF_CONDUCT.md", "# Code of Conduct\n\n" + "".join("Report to [master](mailto:x%d@example.com).\n\n" % i for i in range(n)))
