using System;
using System.Collections.Generic;

namespace InclusiveAnalyzers.Core.Terms
{
    /// <summary>
    /// A line in capitals that is a SQL statement, not shouted words: "CHANGE MASTER TO", "SHOW SLAVE STATUS", "RESET
    /// MASTER", "START SLAVE [channel_option]" as the heading or syntax line of a database manual. SQL is written in
    /// capitals, so ShoutedLine alone would read these as a heading shouted in prose, and fix would rewrite them to
    /// statements that do not exist ("CHANGE PRIMARY TO"). The line opens with a statement verb and every other word is
    /// a SQL keyword or an identifier (MASTER_HOST, channel_option); a shouted sentence holds a word of prose ("STOP
    /// THE MASTER", "NEVER WRITE TO THE MASTER") and stays a finding.
    /// </summary>
    internal static class ShoutedStatement
    {
        // Verbs that open a SQL statement (MySQL, MariaDB, PostgreSQL, SQL Server administration and replication).
        private static readonly HashSet<string> Verbs = new(StringComparer.Ordinal)
        {
            "ALTER", "CHANGE", "CREATE", "DROP", "FLUSH", "GRANT", "KILL", "LOAD", "LOCK", "PURGE", "RESET", "REVOKE",
            "SELECT", "SET", "SHOW", "START", "STOP",
        };

        // Keywords that follow them in those statements, and the replication nouns of their syntax.
        private static readonly HashSet<string> Keywords = new(StringComparer.Ordinal)
        {
            "ALL", "BINARY", "BY", "CHANNEL", "DATA", "EVENTS", "FILTER", "FOR", "FROM", "FULL", "GLOBAL", "GROUP", "HOSTS",
            "IN", "INFO", "LIKE", "LOG", "LOGS", "MASTER", "MASTERS", "ON", "PRIVILEGES", "RELAY", "REPLICA", "REPLICAS",
            "REPLICATION", "SESSION", "SLAVE", "SLAVES", "SOURCE", "STATUS", "SYNTAX", "TABLES", "TO", "UNTIL", "USER",
            "VARIABLES", "WHERE", "WITH",
        };

        /// <summary>True when the line text[from, to), already found to hold no small letter, is a SQL statement.</summary>
        public static bool Holds(string text, int from, int to)
        {
            bool first = true;
            for (int i = from; i < to;)
            {
                if (!IsWordChar(text[i]))
                {
                    i++;
                    continue;
                }

                int wordStart = i;
                bool identifier = false;
                while (i < to && IsWordChar(text[i]))
                {
                    identifier |= text[i] == '_' || Chars.IsDigit(text[i]) || Chars.IsLower(text[i]);
                    i++;
                }

                string word = text.Substring(wordStart, i - wordStart);
                if (first)
                {
                    if (!Verbs.Contains(word))
                    {
                        return false;
                    }

                    first = false;
                }
                else if (!identifier && !Keywords.Contains(word) && !Verbs.Contains(word))
                {
                    return false;
                }
            }

            return !first;
        }

        private static bool IsWordChar(char c) => Chars.IsLetterOrDigit(c) || c == '_';
    }
}
