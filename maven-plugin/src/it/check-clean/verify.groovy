def cleave = new File(basedir, 'target/cleave')
def log = new File(basedir, 'build.log').text
assert log.contains('Cleave check passed: 0 new violation(s)')
['TEST-cleave-check.xml', 'cleave-check.sarif', 'cleave-report.html', 'cleave-summary.md'].each {
    assert new File(cleave, it).isFile() : "missing report $it"
}
assert new File(cleave, 'TEST-cleave-check.xml').text.contains('tests="4" failures="0"')
assert new File(cleave, 'cleave-summary.md').text.startsWith('## ✅ Cleave check passed')
// the analysis kept its cache in the default folder and said so
assert log.contains('Cleave: cache: 0 of ') && log.contains('Cleave: cache rebuilt: no cache yet')
assert new File(cleave, 'cache/environment').isFile()
