using System.Collections.Concurrent;
using System.Runtime.ExceptionServices;

namespace LaborStandard.Cli.Input;

/// <summary>
/// Reads a sequence on a thread of its own, a few chunks ahead of its consumer, so that reading and parsing the input
/// overlap deciding and writing the answers (a batch on two cores). The items come out in the order they were read;
/// an exception of the source is thrown to the consumer where it happened, after every item before it. Items go over
/// in chunks, the last one at the end: for a source that never waits (a file), not for a pipe whose writer waits for
/// the answers.
/// </summary>
internal static class ReadAhead
{
    /// <summary>Items handed over at a time: small enough to keep memory flat, large enough that handing over is rare.</summary>
    public const int ChunkSize = 256;

    /// <summary>Chunks read ahead at most.</summary>
    public const int Chunks = 8;

    /// <summary>The items of <paramref name="source"/>, enumerated on a reader thread.</summary>
    /// <typeparam name="T">The item type.</typeparam>
    /// <param name="source">The sequence; enumerated once, on the reader thread only.</param>
    /// <returns>The same items in the same order.</returns>
    /// <remarks>
    /// When the consumer stops early (its output closed), the reader is told to stop and is not waited for: it may be
    /// blocked reading a pipe, and it is a background thread, so it ends with the process.
    /// </remarks>
    public static IEnumerable<T> Of<T>(IEnumerable<T> source)
    {
        var queue = new BlockingCollection<List<T>>(Chunks);
        var stop = new CancellationTokenSource();
        Exception? failure = null;
        var reader = new Thread(() =>
        {
            var chunk = new List<T>(ChunkSize);
            try
            {
                foreach (var item in source)
                {
                    chunk.Add(item);
                    if (chunk.Count == ChunkSize)
                    {
                        queue.Add(chunk, stop.Token);
                        chunk = new List<T>(ChunkSize);
                    }
                }
            }
            catch (OperationCanceledException) when (stop.IsCancellationRequested)
            {
                // The consumer stopped: nothing more is wanted.
                chunk.Clear();
            }
#pragma warning disable CA1031 // Whatever the source throws is thrown again to the consumer, in its place.
            catch (Exception e)
#pragma warning restore CA1031
            {
                failure = e;
            }
            finally
            {
                // The items read before the end, or before a failure, go over first: each gets its answer.
                if (chunk.Count > 0 && !stop.IsCancellationRequested)
                {
                    queue.Add(chunk);
                }

                queue.CompleteAdding();
            }
        })
        {
            IsBackground = true,
            Name = "laborstd batch reader",
        };
        reader.Start();
        return Consume(queue, stop, reader, () => failure);
    }

    private static IEnumerable<T> Consume<T>(BlockingCollection<List<T>> queue, CancellationTokenSource stop, Thread reader, Func<Exception?> failure)
    {
        var finished = false;
        try
        {
            foreach (var chunk in queue.GetConsumingEnumerable())
            {
                foreach (var item in chunk)
                {
                    yield return item;
                }
            }

            reader.Join();
            finished = true;
            if (failure() is { } e)
            {
                ExceptionDispatchInfo.Capture(e).Throw();
            }
        }
        finally
        {
            if (!finished)
            {
                stop.Cancel();
            }
            else
            {
                queue.Dispose();
                stop.Dispose();
            }
        }
    }
}
