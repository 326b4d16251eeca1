def cleave = new File(basedir, 'target/cleave')
def log = new File(basedir, 'build.log').text
assert log.contains('Cleave check FAILED: 1 new violation(s) at or above warning (0 allowed), 0 known, 0 fixed')
assert log.contains('[error] cleave.cross-boundary src/main/java/shop/billing/Billing.java:18 - shop.billing.Billing'
        + ' (service billing) depends on shop.orders.Order (service orders) [call x2, type-use x1]')
assert log.contains("declare shop.orders.Order in the plan's wiring billing -> orders")
assert log.contains('-Dcleave.updateBaseline')
// the reports are written although the gate failed
def junit = new File(cleave, 'TEST-cleave-check.xml').text
assert junit.contains('failures="1"') && junit.contains('<failure type="cleave.cross-boundary"')
def sarif = new File(cleave, 'cleave-check.sarif').text
assert sarif.contains('"ruleId" : "cleave.cross-boundary"') && sarif.contains('"startLine" : 18')
