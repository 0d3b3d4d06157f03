import java.nio.file.Files
import java.nio.file.Path

// The data the README's example points at: data/masks.zarr (a store with a defect) and data/clean.zarr.
def copy(Path from, Path to) {
    Files.walk(from).withCloseable { paths ->
        paths.forEach { p -> Files.copy(p, to.resolve(from.relativize(p).toString())) }
    }
}
def data = basedir.toPath().resolve('data')
if (!Files.exists(data)) {
    Files.createDirectories(data)
    copy(new File(itStores, 'broken').toPath(), data.resolve('masks.zarr'))
    copy(new File(itStores, 'clean').toPath(), data.resolve('clean.zarr'))
}
return true
