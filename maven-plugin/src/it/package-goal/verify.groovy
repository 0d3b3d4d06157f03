import groovy.json.JsonSlurper
import java.security.MessageDigest

def log = new File(basedir, 'build.log').text
def target = new File(basedir, 'target')

def sha256(File f) {
    def md = MessageDigest.getInstance('SHA-256')
    f.withInputStream { in -> byte[] buf = new byte[65536]; int n; while ((n = in.read(buf)) > 0) { md.update(buf, 0, n) } }
    md.digest().encodeHex().toString()
}

// 1: the upload of the final hypothesis (epoch 3999), validated clean by the goal itself.
def upload = new File(target, 'maskgate-upload')
assert new File(upload, 'segmentation-mask-metadata.tsv').isFile()
assert new File(upload, 'contributors.tsv').isFile()
def dataset = new File(upload, 'epoch-3999')
def masks = new File(dataset, 'derived/segmentation_masks')
assert new File(masks, 'cells-objects.tsv').isFile()
assert masks.list().findAll { it.startsWith('trench-') && it.endsWith('.segmentations.ome.tiff') }.size() > 0
assert log.contains('maskgate: validation of the upload: 0 errors, 0 warnings')
def report = new JsonSlurper().parse(new File(target, 'maskgate/maskgate-report.json'))
assert report.summary.errors == 0 && report.summary.warnings == 0
// The manifest lists every other file of the dataset with its SHA-256, in sha256sum's format.
def manifest = new File(dataset, 'extras/manifest-sha256.txt').readLines()
def listed = manifest.collect { line ->
    def (sum, path) = [line.substring(0, 64), line.substring(66)]
    assert sha256(new File(dataset, path)) == sum : "checksum of ${path}"
    path
}
def files = []
dataset.eachFileRecurse(groovy.io.FileType.FILES) { files << dataset.toPath().relativize(it.toPath()).toString().replace('\\', '/') }
files.remove('extras/manifest-sha256.txt')
assert listed.sort() == files.sort()

// 2: layout fov and objectsFormat xlsx: one file per field of view, the table as XLSX only, validated clean.
def fovMasks = new File(target, 'upload-fov/epoch-3999/derived/segmentation_masks')
assert new File(fovMasks, 'fov-0000.segmentations.ome.tiff').isFile()
assert !fovMasks.list().any { it.startsWith('trench-') }
assert new File(fovMasks, 'cells-objects.xlsx').isFile() && !new File(fovMasks, 'cells-objects.tsv').exists()
def fovReport = new JsonSlurper().parse(new File(target, 'report-fov/maskgate-report.json'))
assert fovReport.summary.errors == 0 && fovReport.summary.warnings == 0
assert log.contains('(layout fov, objects table xlsx)')

// 3: one message naming every missing value, and no upload.
assert log.contains('lacks 3 required values')
['/parent_dataset_id', '/derived_dataset_protocol_doi', '/contributors/0/orcid'].each { assert log.contains(it) : it }
assert log.contains('set allowIncomplete (-Dmaskgate.allowIncomplete=true)')
assert !new File(target, 'upload-missing').exists()

// 4: allowIncomplete writes the upload; its gaps are errors of the upload's validation and fail the build.
assert new File(target, 'upload-incomplete/epoch-3999/derived/segmentation_masks/cells-objects.tsv').isFile()
def gaps = new JsonSlurper().parse(new File(target, 'report-incomplete/maskgate-report.json'))
assert gaps.summary.errors > 0
def reported = new File(target, 'report-incomplete/maskgate-report.json').text
assert reported.contains('contributors.tsv') && reported.contains('segmentation-mask-metadata.tsv')
assert log.contains('BUILD FAILURE')
return true
