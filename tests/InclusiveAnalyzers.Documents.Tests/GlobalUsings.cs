global using Xunit;
global using InclusiveAnalyzers.Documents.Tests.Support;
