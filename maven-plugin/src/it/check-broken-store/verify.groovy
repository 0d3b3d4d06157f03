import groovy.json.JsonSlurper

def expected = new File(itStores, 'expected-code.txt').text.trim()
def log = new File(basedir, 'build.log').text
assert log.contains('BUILD FAILURE')
assert log.contains("[ERROR] ${expected} ") : "no error line for ${expected}"
assert log.contains('at or above error')

def dir = new File(basedir, 'target/maskgate')
def json = new JsonSlurper().parse(new File(dir, 'maskgate-report.json'))
assert json.summary.errors > 0
assert json.summary.byCode[expected] >= 1
assert new File(dir, 'maskgate-report.sarif').text.contains(expected)
