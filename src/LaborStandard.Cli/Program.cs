using System.Text;
using LaborStandard.Cli;
using LaborStandard.Cli.Output;

// The process entry: the console, the system's culture and today's date; everything else is in Cli.RunAsync.
// Standard output is written as UTF-8 bytes; a reader that closes it early ends the run quietly (exit code 141).
Console.OutputEncoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);
using var stdin = Console.OpenStandardInput();
// The console's own stream pretends a broken pipe succeeded; descriptor 1 as a file stream reports it.
var bytes = OperatingSystem.IsWindows() ? Console.OpenStandardOutput() : new FileStream(new Microsoft.Win32.SafeHandles.SafeFileHandle(1, ownsHandle: false), FileAccess.Write, 1);
var stdout = new StreamWriter(new StandardOutput(bytes), new UTF8Encoding(false), 1 << 16) { NewLine = "\n" };
try
{
    var code = await Cli.RunAsync(args, stdout, Console.Error, stdin, CliEnvironment.FromSystem()).ConfigureAwait(false);
    stdout.Flush();
    return code;
}
catch (ClosedOutputException)
{
    return ExitCodes.OutputClosed;
}
