using System.IO.MemoryMappedFiles;
using Microsoft.Win32.SafeHandles;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace RightsBot.Core.Retrieval;

/// <summary>
/// The bytes of the 8-bit sentence vectors (<see cref="DenseRecord"/>), end to end: in an array for a corpus
/// embedded without a cache, or memory-mapped from the cache file, so that loading costs no reading and the
/// operating system pages them in (and out) as questions need them.
/// </summary>
/// <remarks>
/// Every read goes through a <see cref="Lease"/>, which holds the mapping's handle counted (<see cref="System.Runtime.InteropServices.SafeBuffer.AcquirePointer"/>): disposing the records, or the
/// garbage collector finalizing them, during a read unmaps the file only after that read ends.
/// </remarks>
internal sealed unsafe class DenseRecords : IDisposable
{
    private readonly byte[]? _array;
    private readonly MemoryMappedFile? _map;
    private readonly MemoryMappedViewAccessor? _view;

    private DenseRecords(byte[]? array, MemoryMappedFile? map, MemoryMappedViewAccessor? view, long length)
        => (_array, _map, _view, Length) = (array, map, view, length);

    /// <summary>How many bytes the records take.</summary>
    public long Length { get; }

    public static DenseRecords InMemory(byte[] bytes) => new(bytes, null, null, bytes.Length);

    /// <summary>Maps <paramref name="length"/> bytes of the file from <paramref name="start"/>, read-only.</summary>
    public static DenseRecords Map(string path, long start, long length)
    {
        if (length == 0)
        {
            // A mapping cannot be empty (a corpus without a sentence has no records).
            return new DenseRecords([], null, null, 0);
        }

        var map = MemoryMappedFile.CreateFromFile(path, FileMode.Open, mapName: null, capacity: 0, MemoryMappedFileAccess.Read);
        try
        {
            var view = map.CreateViewAccessor(start, length, MemoryMappedFileAccess.Read);
            return new DenseRecords(null, map, view, length);
        }
        catch
        {
            map.Dispose();
            throw;
        }
    }

    /// <summary>Access to the bytes until the lease is disposed (use it with <c>using</c>, within one method).</summary>
    public Lease Acquire()
    {
        if (_view is null)
        {
            return new Lease(ref MemoryMarshal.GetArrayDataReference(_array!), null, Length);
        }

        var handle = _view.SafeMemoryMappedViewHandle;
        byte* pointer = null;
        handle.AcquirePointer(ref pointer);
        return new Lease(ref Unsafe.AsRef<byte>(pointer + _view.PointerOffset), handle, Length);
    }

    public void Dispose()
    {
        _view?.Dispose();
        _map?.Dispose();
    }

    /// <summary>The records' bytes, readable while the lease lasts.</summary>
    internal readonly ref struct Lease
    {
        private readonly ref byte _first;
        private readonly SafeMemoryMappedViewHandle? _handle;
        private readonly long _length;

        public Lease(ref byte first, SafeMemoryMappedViewHandle? handle, long length)
        {
            _first = ref first;
            _handle = handle;
            _length = length;
        }

        /// <summary><paramref name="length"/> bytes from <paramref name="offset"/>.</summary>
        public ReadOnlySpan<byte> Slice(long offset, int length)
        {
            if ((ulong)offset + (ulong)length > (ulong)_length)
            {
                throw new ArgumentOutOfRangeException(nameof(offset));
            }

            return MemoryMarshal.CreateReadOnlySpan(ref Unsafe.Add(ref _first, (nint)offset), length);
        }

        public void Dispose() => _handle?.ReleasePointer();
    }
}
