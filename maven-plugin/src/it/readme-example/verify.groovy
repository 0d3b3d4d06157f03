import groovy.json.JsonSlurper

def expected = new File(itStores, 'expected-code.txt').text.trim()
def log = new File(basedir, 'build.log').text
def target = new File(basedir, 'target')

// 1: the gate fails on the defect, with the default formats.
assert log.contains("[ERROR] ${expected} ") : "no error line for ${expected}"
assert log.contains('failed: ') && log.contains('at or above error')
assert new File(target, 'maskgate/maskgate-report.json').isFile()
assert new File(target, 'maskgate/maskgate-report.sarif').isFile()

// 2: -Dmaskgate.failOnSeverity=NEVER passed, and -Dmaskgate.formats=junit wrote only JUnit XML.
assert log.contains('passed (--fail-on never)')
assert new File(target, 'junit-only').list().sort() == ['maskgate-report.xml']

// 3, 4: the parameter, its property and the allowed values are named.
assert log.contains("formats (maskgate.formats) must be a comma-separated list of text, json, tsv, xlsx, sarif, junit or html, was 'bogus'")
assert log.contains("failOnSeverity (maskgate.failOnSeverity) must be ERROR, WARNING, INFO or NEVER, was 'fatal'")

// 5: mvn maskgate:check with targets from the command line: both validated, one folder each.
assert log.contains('in 2 targets; passed (--fail-on never)')
def clean = new JsonSlurper().parse(new File(target, 'two/clean.zarr/maskgate-report.json'))
def broken = new JsonSlurper().parse(new File(target, 'two/masks.zarr/maskgate-report.json'))
assert clean.summary.errors == 0 && clean.target.kind == 'zarr-mask-store'
assert broken.summary.byCode[expected] >= 1

// 6: mvn site has the maskgate page, listing the finding and linking its JSON report.
def page = new File(target, 'site/maskgate.html')
assert page.isFile() : "no ${page}"
def html = page.text
assert html.contains(expected)
assert html.contains('href="maskgate/maskgate-report.json"')
assert new File(target, 'site/maskgate/maskgate-report.json').isFile()
assert log.contains('BUILD SUCCESS')
