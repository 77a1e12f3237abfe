namespace InclusiveAnalyzers.Cli.Scanning;

/// <summary>The indexes <see cref="FileWorkers"/> hands out: each taken once, each taken one reported done.</summary>
internal interface IWorkQueue
{
    /// <summary>The next index to run, waiting if the queue holds work back; false when none is left or the queue stopped.</summary>
    bool TryTake(out int index);

    void Done(int index);

    /// <summary>No more indexes are handed out (a worker failed or the run was cancelled); waiting workers return.</summary>
    void Stop();
}
