import groovy.json.JsonSlurper

def expected = new File(itStores, 'expected-code.txt').text.trim()
def log = new File(basedir, 'build.log').text
assert log.contains('BUILD SUCCESS')
assert !log.contains("[ERROR] ${expected} ") : "the report goal renders findings, it does not log them as errors"

// maven-reporting-impl 4 renders a report goal run alone into target/reports.
def dir = new File(basedir, 'target/reports')
def html = new File(dir, 'maskgate.html').text
assert html.contains(expected)
assert html.contains('href="maskgate/maskgate-report.sarif"')
def json = new JsonSlurper().parse(new File(dir, 'maskgate/maskgate-report.json'))
assert json.summary.byCode[expected] >= 1
