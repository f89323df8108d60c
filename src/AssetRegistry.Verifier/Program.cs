using AssetRegistry.Verifier;

return VerifierCommandLine.Run(args, Console.Out, Console.Error);
