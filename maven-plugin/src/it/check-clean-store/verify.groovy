import groovy.json.JsonSlurper

def log = new File(basedir, 'build.log').text
assert log.contains('BUILD SUCCESS')
assert log.contains('maskgate: 0 errors, 0 warnings, 0 infos in 1 target; passed')

def dir = new File(basedir, 'target/maskgate')
['txt', 'json', 'tsv', 'sarif', 'xml'].each { ext ->
    def f = new File(dir, "maskgate-report.${ext}")
    assert f.isFile() && f.length() > 0 : "missing ${f}"
}
def json = new JsonSlurper().parse(new File(dir, 'maskgate-report.json'))
assert json.summary.errors == 0
assert json.target.kind == 'zarr-mask-store'
assert json.target.profile.name == 'mask-store'
def sarif = new JsonSlurper().parse(new File(dir, 'maskgate-report.sarif'))
assert sarif.version == '2.1.0'
