using System;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Net;
using System.Net.Sockets;
using Npgsql;
using Xunit;

namespace Evaluation.Cli.Tests.Postgres;

/// <summary>
/// A throwaway PostgreSQL server for the tests: the one <c>EVALUATION_TEST_POSTGRES</c> names (a connection string
/// with the right to create databases), or else a cluster of its own, made with the operating system's PostgreSQL
/// (installed from the distribution's packages when absent and the tests run as root, as on a fresh CI machine) in a
/// temporary directory, on a free local port, without durability (the data is thrown away), stopped and deleted at
/// the end. Each test gets a database of its own.
/// </summary>
public sealed class PostgresServer : IDisposable
{
    private readonly string? root;
    private readonly string? bin;
    private readonly string adminConnection;
    private int databases;

    public PostgresServer()
    {
        if (Environment.GetEnvironmentVariable("EVALUATION_TEST_POSTGRES") is { Length: > 0 } given)
        {
            adminConnection = given;
            return;
        }
        bin = BinDirectory() ?? throw new InvalidOperationException(
            "PostgreSQL was not found: install the postgresql package (apt-get install postgresql), or set EVALUATION_TEST_POSTGRES to a connection string; bash .ci/run installs it.");
        root = Path.Combine(Path.GetTempPath(), "evaluation-postgres-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(root);
        int port = FreePort();
        bool asRoot = Environment.UserName == "root";
        if (asRoot)
        {
            // The server refuses to run as root: the cluster belongs to the postgres user the package made.
            Run("chown", "postgres", root);
        }
        Server($"initdb -D {root}/data -A trust -U evaluation --encoding=UTF8 --locale=C.UTF-8 --no-sync", asRoot);
        Server($"pg_ctl -D {root}/data -l {root}/server.log -w -o \"-p {port} -k {root} -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off\" start", asRoot);
        adminConnection = $"Host=127.0.0.1;Port={port};Username=evaluation;Database=postgres;Pooling=false";
    }

    /// <summary>The connection string of a new, empty database.</summary>
    public string NewDatabase()
    {
        string name = $"evaluation_test_{Environment.ProcessId}_{System.Threading.Interlocked.Increment(ref databases)}";
        using (var connection = new NpgsqlConnection(adminConnection))
        {
            connection.Open();
            using var command = new NpgsqlCommand($"DROP DATABASE IF EXISTS {name}; ", connection);
            command.ExecuteNonQuery();
            command.CommandText = $"CREATE DATABASE {name}";
            command.ExecuteNonQuery();
        }
        return new NpgsqlConnectionStringBuilder(adminConnection) { Database = name, Pooling = false }.ConnectionString;
    }

    /// <summary>A new database with the demo data (scale 0.002) loaded, and the demo's directory under <paramref name="root"/>.</summary>
    internal (string Database, string Directory) NewDemoDatabase(TemporaryDirectory root)
    {
        string dir = System.IO.Path.Combine(root.Path, "demo");
        Assert.Equal(0, CliRunner.Run("demo", "--out", dir, "--scale", "0.002").Code);
        string database = NewDatabase();
        Assert.Equal(0, CliRunner.Run("load", dir, "--connection", database, "--rejects", System.IO.Path.Combine(root.Path, "rejects.csv")).Code);
        return (database, dir);
    }

    /// <summary>Restarts the server at once, as a crash would (no checkpoint); only for a cluster of its own.</summary>
    public bool TryRestartImmediately()
    {
        if (root is null)
        {
            return false;
        }
        Server($"pg_ctl -D {root}/data -m immediate -w restart", Environment.UserName == "root");
        return true;
    }

    public void Dispose()
    {
        if (root is null)
        {
            return;
        }
        try
        {
            Server($"pg_ctl -D {root}/data -m immediate -w stop", Environment.UserName == "root");
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }

    /// <summary>
    /// Runs a command line of the server's programs through the shell, as the postgres user when asked. Its output goes
    /// to a file rather than to pipes: the server that <c>pg_ctl start</c> leaves running would hold a pipe open for ever.
    /// </summary>
    private void Server(string command, bool asPostgres)
    {
        string log = Path.Combine(root!, "command.log");
        string line = $"{Path.Combine(bin!, command)} < /dev/null > {log} 2>&1";
        try
        {
            if (asPostgres)
            {
                Run("runuser", "-u", "postgres", "--", "sh", "-c", line);
            }
            else
            {
                Run("sh", "-c", line);
            }
        }
        catch (InvalidOperationException e)
        {
            throw new InvalidOperationException(e.Message + (File.Exists(log) ? File.ReadAllText(log) : string.Empty), e);
        }
    }

    private static void Run(string file, params string[] arguments)
    {
        var start = new ProcessStartInfo(file) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (string argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }
        using Process process = Process.Start(start)!;
        // Both streams are read to their ends at once, so that neither fills while the other is waited on.
        System.Threading.Tasks.Task<string> error = process.StandardError.ReadToEndAsync();
        string output = process.StandardOutput.ReadToEnd() + error.Result;
        process.WaitForExit();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{file} {string.Join(' ', arguments)} exited with {process.ExitCode}: {output}");
        }
    }

    private static string? BinDirectory()
    {
        string? Installed() => Directory.Exists("/usr/lib/postgresql")
            ? Directory.GetDirectories("/usr/lib/postgresql").Select(d => Path.Combine(d, "bin")).Where(d => File.Exists(Path.Combine(d, "initdb"))).OrderDescending().FirstOrDefault()
            : null;
        if (Installed() is string found)
        {
            return found;
        }
        if (OperatingSystem.IsLinux() && File.Exists("/usr/bin/apt-get") && Environment.UserName == "root")
        {
            Run("sh", "-c", "apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends postgresql");
        }
        return Installed();
    }

    internal static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}

/// <summary>The tests that share one server.</summary>
[CollectionDefinition("postgres")]
public sealed class PostgresTests : ICollectionFixture<PostgresServer>;
