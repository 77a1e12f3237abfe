using System.Runtime.InteropServices;

namespace InclusiveAnalyzers.Cli.Native;

/// <summary>execve(2): the process runs another program in its place, keeping its id, standard streams and parent.</summary>
internal static class ProcessImage
{
    /// <summary>Returns only when the program could not be started, with the reason.</summary>
    internal static string Replace(string path, IReadOnlyList<string> arguments, IReadOnlyList<string> environment)
    {
        var file = Marshal.StringToCoTaskMemUTF8(path);
        var argv = ToNative(arguments);
        var envp = ToNative(environment);
        try
        {
            _ = ExecVE(file, argv, envp); // -1: it returns only on failure
            return Marshal.GetLastPInvokeErrorMessage();
        }
        finally
        {
            Marshal.FreeCoTaskMem(file);
            Free(argv);
            Free(envp);
        }
    }

    // Null-terminated arrays of UTF-8 strings, as execve takes them.
    private static nint[] ToNative(IReadOnlyList<string> strings)
    {
        var result = new nint[strings.Count + 1];
        for (int i = 0; i < strings.Count; i++)
        {
            result[i] = Marshal.StringToCoTaskMemUTF8(strings[i]);
        }

        return result;
    }

    private static void Free(nint[] strings)
    {
        foreach (var s in strings)
        {
            Marshal.FreeCoTaskMem(s);
        }
    }

    // Blittable arguments only: no marshalling stub to generate, the same in the .NET build and the native image.
    [DllImport("libc", EntryPoint = "execve", SetLastError = true)]
    private static extern int ExecVE(nint path, nint[] argv, nint[] envp);
}
