using System.Text;
using LaborStandard.Cli;

// The process entry: the console, the system's culture and today's date; everything else is in Cli.RunAsync.
Console.OutputEncoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);
using var stdin = Console.OpenStandardInput();
return await Cli.RunAsync(args, Console.Out, Console.Error, stdin, CliEnvironment.FromSystem()).ConfigureAwait(false);
