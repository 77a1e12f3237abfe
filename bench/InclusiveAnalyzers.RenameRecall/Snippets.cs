namespace InclusiveAnalyzers.RenameRecall;

/// <summary>
/// Each renamed declaration compiled in its original form, alone: the smallest code that declares a name of that kind.
/// {0} is the name; the declaration's own occurrence is the first one.
/// </summary>
internal static class Snippets
{
    public static string For(string kind, string name) => kind switch
    {
        "class" => $"public class {name} {{ }}",
        "interface" => $"public interface {name} {{ }}",
        "method" => $"public class Host {{ public void {name}() {{ }} }}",
        "interface-method" => $"public interface IHost {{ void {name}(); }}",
        "property" => $"public class Host {{ public bool {name} {{ get; set; }} }}",
        "field" => $"public class Host {{ private readonly object {name} = new object(); public object Get() => {name}; }}",
        "parameter" => $"public class Host {{ public object Use(object {name}) => {name}; }}",
        "local" => $"public class Host {{ public object Use() {{ var {name} = new object(); return {name}; }} }}",
        "enum-member" => $"public enum Flags {{ None = 0, {name} = 1 }}",
        "namespace" => $"namespace {name} {{ public class Host {{ }} }}",
        _ => throw new ArgumentException($"unknown declaration kind '{kind}' (class, interface, method, interface-method, property, field, parameter, local, enum-member, namespace)"),
    };
}
