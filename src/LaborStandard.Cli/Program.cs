using System.Text;
using LaborStandard.Cli;

// The process entry: the console, the system's culture and today's date; everything else is in Cli.RunAsync.
// Standard output is written as UTF-8 bytes; a reader that closes it early ends the run quietly (exit code 141).
Console.OutputEncoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);
using var stdin = Console.OpenStandardInput();
var bytes = CliEnvironment.OpenStandardOutput();
var stdout = new StreamWriter(new StandardOutput(bytes), new UTF8Encoding(false), 1 << 16) { NewLine = "\n" };
try
{
    // Text answers go through the writer; a batch writes its bytes to the same descriptor, after flushing the writer.
    var code = await Cli.RunAsync(args, stdout, Console.Error, stdin, CliEnvironment.FromSystem() with { StandardOutput = () => bytes }).ConfigureAwait(false);
    stdout.Flush();
    return code;
}
catch (OutputClosedException)
{
    return ExitCodes.OutputClosed;
}
