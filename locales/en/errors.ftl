# Errors and their reasons (English). Each error says what happened, then what can be done about
# it; technical detail goes to the logs only.

## An action in the audit log that this version does not know (written by another version):
## its key is shown as it is.

audit-other = Other action ({ $action })

## Fields named in a refusal (the others use the labels of the staff screens)

field-county = County
field-department = Department
