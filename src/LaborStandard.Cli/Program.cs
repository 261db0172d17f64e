using System.Text;
using LaborStandard.Cli;

// The process entry: the console, the system's culture and today's date; everything else is in Cli.RunAsync.
Console.OutputEncoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);
Console.InputEncoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);
return await Cli.RunAsync(args, Console.Out, Console.Error, Console.In, CliEnvironment.FromSystem()).ConfigureAwait(false);
