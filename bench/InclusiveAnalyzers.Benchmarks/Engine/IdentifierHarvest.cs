using System;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;

namespace InclusiveAnalyzers.Benchmarks.Engine
{
    /// <summary>
    /// Real identifiers: the names declared by a slice of the .NET runtime (types, methods,
    /// properties, fields, events, parameters; internal and private ones included), read by reflection.
    /// Deterministic for a given runtime: distinct names in ordinal order.
    /// </summary>
    public static class IdentifierHarvest
    {
        private static readonly Type[] Anchors =
        {
            typeof(object),                                          // System.Private.CoreLib
            typeof(Enumerable),                                      // System.Linq
            typeof(LinkedList<>),                                    // System.Collections
            typeof(System.Collections.Immutable.ImmutableArray),     // System.Collections.Immutable
            typeof(System.Net.Http.HttpClient),                      // System.Net.Http
            typeof(System.Net.Sockets.Socket),                       // System.Net.Sockets
            typeof(System.Xml.XmlDocument),                          // System.Private.Xml
            typeof(System.Text.Json.JsonSerializer),                 // System.Text.Json
            typeof(System.Text.RegularExpressions.Regex),            // System.Text.RegularExpressions
            typeof(System.Diagnostics.Process),                      // System.Diagnostics.Process
            typeof(System.Data.DataTable),                           // System.Data.Common
            typeof(System.ComponentModel.TypeConverter),             // System.ComponentModel.TypeConverter
        };

        private const BindingFlags Declared = BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly;

        public static string[] Harvest()
        {
            var names = new HashSet<string>(StringComparer.Ordinal);
            foreach (var assembly in Anchors.Select(t => t.Assembly).Distinct())
            {
                foreach (var type in Types(assembly))
                {
                    AddType(names, type);
                }
            }

            var result = names.ToArray();
            Array.Sort(result, StringComparer.Ordinal);
            return result;
        }

        // Internal types too: a code base declares far more than its public surface.
        private static IEnumerable<Type> Types(Assembly assembly)
        {
            try
            {
                return assembly.GetTypes();
            }
            catch (ReflectionTypeLoadException e)
            {
                return e.Types.Where(t => t != null)!;
            }
        }

        private static void AddType(HashSet<string> names, Type type)
        {
            Add(names, type.Name);
            if (type.IsGenericTypeDefinition)
            {
                foreach (var parameter in type.GetGenericArguments())
                {
                    Add(names, parameter.Name);
                }
            }

            foreach (var member in type.GetMembers(Declared))
            {
                switch (member)
                {
                    case MethodInfo method when !method.IsSpecialName:
                        Add(names, method.Name);
                        AddParameters(names, method);
                        break;
                    case ConstructorInfo constructor:
                        AddParameters(names, constructor);
                        break;
                    case PropertyInfo:
                    case EventInfo:
                    case FieldInfo:
                        Add(names, member.Name);
                        break;
                }
            }
        }

        private static void AddParameters(HashSet<string> names, MethodBase method)
        {
            ParameterInfo[] parameters;
            try
            {
                parameters = method.GetParameters();
            }
            catch (Exception e) when (e is TypeLoadException || e is System.IO.FileNotFoundException)
            {
                return; // a signature naming a type from an assembly that is not loadable here
            }

            foreach (var parameter in parameters)
            {
                if (parameter.Name != null)
                {
                    Add(names, parameter.Name);
                }
            }
        }

        // Source-declarable names only: no compiler-generated <>c, backing fields or explicit-implementation dots.
        private static void Add(HashSet<string> names, string name)
        {
            int tick = name.IndexOf('`');
            if (tick > 0)
            {
                name = name.Substring(0, tick);
            }

            if (name.Length == 0 || name.IndexOfAny(new[] { '<', '>', '$', '.', '@', '=' }) >= 0)
            {
                return;
            }

            names.Add(name);
        }
    }
}
