namespace InclusiveAnalyzers.Core.Terms
{
    /// <summary>
    /// Recognises runs of prose that a reader does not read as language: URLs (/blob/master/),
    /// e-mail addresses, @handles, code names (snake_case, camelCase/PascalCase, dotted.names, and a
    /// PascalCase name after a capital or an acronym: HBase's HMaster, HTTPServer),
    /// key=value data (connection strings), commit hashes, GUIDs and base64 blobs. Code names are
    /// left to the code rules, which judge their declarations. Name runs are masked only while
    /// names are masked (the default): git ref expressions (master~4, master^, master@{upstream},
    /// origin/master, refs/heads/master) and command-line options (--no-master, --abort) name a
    /// ref or an option of another tool, which the text cannot rename. Also ranges and paths of refs
    /// (master..next, master:Makefile, master:./README) and exclusions (^master).
    /// </summary>
    public static class TextMask
    {
        /// <summary>What separates runs: white space, brackets, quotes and emphasis marks.</summary>
        public static bool IsDelimiter(char c)
        {
            switch (c)
            {
#pragma warning disable IDE0055 // a table of characters, several labels a line
                case '(': case ')': case '<': case '>': case '[': case ']': case '{': case '}':
                case '"': case '\'': case '`': case '*':
                case '\u201C': case '\u201D': case '\u2018': case '\u2019':
#pragma warning restore IDE0055
                    return true;
                default:
                    return c <= ' ' || (c > 127 && char.IsWhiteSpace(c));
            }
        }

        /// <summary>
        /// Reads the whitespace-delimited run that starts at <paramref name="start"/> (up to
        /// <paramref name="limit"/>) in one pass, returning where it ends and whether it is masked.
        /// </summary>
        public static bool IsMaskedRun(string text, int start, int limit, out int end)
            => ClassifyRun(text, start, limit, out end) != RunKind.Word;

        /// <summary>As <see cref="IsMaskedRun"/>, telling code-like runs from name runs.</summary>
        public static RunKind ClassifyRun(string text, int start, int limit, out int end)
        {
            // Fast path: most runs are plain words ("the", "master,"): nothing in them can mask.
            bool interesting = false;
            char before = '\0';
            int scan = start;
            for (; scan < limit; scan++)
            {
                char c = text[scan];
                if (IsDelimiter(c))
                {
                    break;
                }

                if (c < 128 ? Interesting[c] : false)
                {
                    interesting = true;
                }
                else if (c >= 'A' && c <= 'Z' && ((before >= 'a' && before <= 'z') || (scan > start && AcronymHump(text, scan, limit))))
                {
                    interesting = true;
                }

                before = c;
            }

            if (scan - start >= 2 && (text[start] == '-' || text[start] == '^') && (text[start + 1] == '-' || Chars.IsLetterOrDigit(text[start + 1])))
            {
                end = scan;
                return RunKind.Name; // --no-master, -abort, -2master, ^master (a ref excluded)
            }

            if (!interesting || scan - start < 4)
            {
                end = scan;
                return RunKind.Word;
            }

            return Classify(text, start, scan, out end);
        }

        // A capital after a capital that starts a word of at least two lower-case letters: HMaster, HTTPServer,
        // IOException. A plural or a suffix of an acronym (URLs, APIs, CPUs) has one letter after it and is no hump.
        private static bool AcronymHump(string text, int i, int limit)
            => i > 0 && i + 2 < limit && text[i - 1] >= 'A' && text[i - 1] <= 'Z'
               && text[i + 1] >= 'a' && text[i + 1] <= 'z' && text[i + 2] >= 'a' && text[i + 2] <= 'z';

        // Git's own prefixes of ref names and its conventional remote names.
        private static readonly string[] RefPrefixes = { "refs/", "origin/", "upstream/", "remotes/" };

        private static readonly bool[] Interesting = BuildInteresting();

        private static bool[] BuildInteresting()
        {
            var table = new bool[128];
            foreach (char c in "0123456789:@._=/+~^")
            {
                table[c] = true;
            }

            return table;
        }

        private static RunKind Classify(string text, int start, int limit, out int end)
        {
            bool hasDigit = false, hasUpper = false, hasLower = false, allHex = true, base64 = true, code = false, name = false, digitsAfterLetter = false;
            int at = -1, dotAfterAt = -1, hexDigits = 0, caseRuns = 0;
            char previous = '\0';
            int i = start;
            for (; i < limit; i++)
            {
                char c = text[i];
                if (IsDelimiter(c))
                {
                    break;
                }

                bool digit = c >= '0' && c <= '9';
                bool upper = c >= 'A' && c <= 'Z';
                bool lower = c >= 'a' && c <= 'z';
                bool previousAlnum = i > start && Chars.IsLetterOrDigit(previous);
                switch (c)
                {
                    case ':' when i + 2 < limit && text[i + 1] == '/' && text[i + 2] == '/':
                        code = true; // scheme://
                        break;
                    case '@':
                        at = i;
                        // master@{upstream}; a document view may have blanked the braces, leaving master@
                        name |= previousAlnum && (i + 1 == limit || (i + 1 < text.Length && text[i + 1] == '{'));
                        break;
                    case '~' when previousAlnum:
                    case '^' when previousAlnum:
                        name = true; // master~4, master^2
                        break;
                    case '.' when previousAlnum && i + 2 < limit && text[i + 1] == '.' && (Chars.IsLetterOrDigit(text[i + 2]) || (text[i + 2] == '.' && i + 3 < limit && Chars.IsLetterOrDigit(text[i + 3]))):
                    case ':' when previousAlnum && i + 1 < limit && Chars.IsLetterOrDigit(text[i + 1]):
                    case ':' when previousAlnum && i + 2 < limit && text[i + 1] == '.' && (text[i + 2] == '/' || text[i + 2] == '.'):
                        name = true; // master..next, master...next, master:Makefile, master:./README
                        break;
                    case '.' when at >= 0:
                        dotAfterAt = i;
                        break;
                    case '.' when previousAlnum && i + 1 < limit && Chars.IsLetter(text[i + 1]) && i + 2 < limit && Chars.IsLetterOrDigit(text[i + 2]):
                    case '_' when previousAlnum && i + 1 < limit && Chars.IsLetterOrDigit(text[i + 1]):
                    case '_' when previous == '\\' && i >= start + 2 && Chars.IsLetterOrDigit(text[i - 2]) && i + 1 < limit && Chars.IsLetterOrDigit(text[i + 1]):
                    case '=' when previousAlnum && i + 1 < limit && Chars.IsLetterOrDigit(text[i + 1]):
                        code = true; // dotted.name, snake_case (also as Markdown escapes it: master\_retry\_count), key=value
                        break;
                }

                if (upper && ((previous >= 'a' && previous <= 'z') || (i > start && AcronymHump(text, i, limit))))
                {
                    code = true; // camelCase / PascalCase hump, or one after a capital (HMaster)
                }

                if ((upper || lower) && digitsAfterLetter)
                {
                    code = true; // letters on both sides of digits: a handle or an identifier (xr0master, web3master)
                }

                digitsAfterLetter = digit ? digitsAfterLetter || Chars.IsLetter(previous) : false;

                hasDigit |= digit;
                hasUpper |= upper;
                hasLower |= lower;
                if (digit || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F'))
                {
                    hexDigits++;
                }
                else if (c != '-' && c != '.' && c != ',' && c != ';')
                {
                    allHex = false;
                }

                if (!(digit || upper || lower || c == '+' || c == '/' || c == '=' || c == '_' || c == '-'))
                {
                    base64 = false;
                }

                if (i > start && upper != (previous >= 'A' && previous <= 'Z'))
                {
                    caseRuns++;
                }

                previous = c;
            }

            end = i;
            int length = end - start;
            if (length < 4)
            {
                return RunKind.Word;
            }

            if (code || text[start] == '@' || (at > start && dotAfterAt > at + 1))
            {
                return RunKind.Code; // URL, code name, @handle, e-mail address
            }

            if (string.CompareOrdinal(text, start, "www.", 0, 4) == 0)
            {
                return RunKind.Code;
            }

            // Commit hashes and GUIDs: hex with digits, at least 7 hex characters.
            if (allHex && hasDigit && hexDigits >= 7)
            {
                return RunKind.Code;
            }

            // Random base64: long, mixed case with digits, and case flips every few characters.
            if (base64 && length >= 20 && hasDigit && hasUpper && hasLower && caseRuns * 3 >= length)
            {
                return RunKind.Code;
            }

            if (name)
            {
                return RunKind.Name;
            }

            foreach (var prefix in RefPrefixes)
            {
                if (length > prefix.Length && string.Compare(text, start, prefix, 0, prefix.Length, System.StringComparison.OrdinalIgnoreCase) == 0)
                {
                    return RunKind.Name;
                }
            }

            return IsPath(text, start, end) ? RunKind.Name : RunKind.Word;
        }

        // Directories that open a relative path by convention: conf/masters, etc/hadoop/slaves, bin/start-master.
        private static readonly string[] DirectoryPrefixes =
        {
            "conf/", "etc/", "bin/", "sbin/", "lib/", "libexec/", "config/", "usr/", "var/", "opt/", "src/", "share/", "home/",
            "tmp/", "srv/", "mnt/", "include/", "scripts/",
        };

        /// <summary>
        /// A file path names a file or folder that exists under that name (Flink's conf/slaves, /etc/mesos-master/ip,
        /// $HADOOP_HOME/etc/hadoop/slaves): absolute (a slash, then a letter), relative to here, home or a variable (./, ../,
        /// ~/, $NAME/), or opening with a conventional directory (conf/, etc/, bin/). Words joined by one slash without such
        /// a start are a pair of words, not a path: master/slave, primary/master.
        /// </summary>
        private static bool IsPath(string text, int start, int end)
        {
            char first = text[start];
            if (first == '/')
            {
                return Chars.IsLetter(text[start + 1]);
            }

            if (first == '~' || first == '.')
            {
                int k = start + 1;
                if (first == '.' && text[k] == '.')
                {
                    k++;
                }

                return k < end && text[k] == '/';
            }

            if (first == '$')
            {
                int k = start + 1;
                while (k < end && (Chars.IsLetterOrDigit(text[k]) || text[k] == '_'))
                {
                    k++;
                }

                return k > start + 1 && k < end && text[k] == '/';
            }

            foreach (var prefix in DirectoryPrefixes)
            {
                if (end - start > prefix.Length && string.Compare(text, start, prefix, 0, prefix.Length, System.StringComparison.Ordinal) == 0
                    && Chars.IsLetterOrDigit(text[start + prefix.Length]))
                {
                    return true;
                }
            }

            return false;
        }
    }

    /// <summary>What a whitespace-delimited run of prose is.</summary>
    public enum RunKind : byte
    {
        /// <summary>Words a reader reads.</summary>
        Word,
        /// <summary>A URL, e-mail, code name, hash: never matched.</summary>
        Code,
        /// <summary>A git ref expression or a command-line option: skipped while names are masked.</summary>
        Name,
    }
}
