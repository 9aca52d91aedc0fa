# Why the operating system could not read or write a file (English), inside sentences such as
# “Cannot use …: ”.

io-not-found = there is no such file or folder
io-permission-denied = permission denied
io-already-exists = it already exists
io-storage-full = the disk is full
io-read-only = the disk or folder is read-only
io-is-a-directory = it is a folder, not a file
io-not-a-directory = part of the path is not a folder
io-invalid-data = the data is not valid
io-too-large = the file is too large
io-busy = the file is in use
io-other = the system reported an error
